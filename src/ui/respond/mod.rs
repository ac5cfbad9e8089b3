//! The respondent's survey, as Leptos components: the intro, one step per
//! dimension and per other question, a review of what is unanswered,
//! submit, thank-you. The kiosk shows the same [`survey`].
//!
//! The state is one [`Survey`] of signals per survey; the draft is saved at
//! every change (see [`draft`]), so a reload restores the step and every
//! answer. A step, a language change or submit draws what follows the
//! title anew; an answer changes only what depends on it (the character
//! count, the ranking's lists, the thank-you page's statuses).
//!
//! [`steps`] are the survey's screens, [`state`] its signals and what they
//! do, [`survey`] draws it. One file per question kind ([`likert`],
//! [`enps`], [`segment`],
//! [`decisions`], [`ranking`], [`comment`]) with their [`radio`], the
//! [`review`] and
//! [`thanks`] pages and the delivery's [`status`] in words; [`widget`] is
//! the respondent's whole widget (loading
//! the instrument, earlier deliveries, the survey or why it cannot be shown).

mod comment;
mod decisions;
pub mod draft;
mod enps;
mod likert;
pub mod outbox;
mod radio;
mod ranking;
mod review;
mod segment;
pub mod state;
mod status;
pub mod steps;
pub mod survey;
mod thanks;
pub mod widget;
