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
//! One file per question kind ([`likert`], [`enps`], [`segment`],
//! [`decisions`], [`ranking`], [`comment`]), and the [`review`] and
//! [`thanks`] pages; [`widget`] is the respondent's whole widget (loading
//! the instrument, earlier deliveries, the survey or why it cannot be shown).

mod comment;
mod decisions;
pub mod draft;
mod enps;
mod likert;
pub mod outbox;
mod ranking;
mod review;
mod segment;
mod thanks;
pub mod widget;

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::platform::events::{emit, json_string};
use super::platform::{after_render, crypto, focus_first, storage, today};
use super::{next_widget_number, use_lang};
use crate::model::instrument::{Instrument, Question};
use crate::model::response::{Answer, Response};
use crate::words::{catalog, fill, Catalog};
use draft::Draft;
use outbox::{Delivery, Why};

/// One screen of the survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Dimension(usize),
    Question(usize),
    Review,
}

/// The instrument's steps: its dimensions, then its other questions, then the review.
pub fn steps(instrument: &Instrument) -> Vec<Step> {
    (0..instrument.dimensions.len())
        .map(Step::Dimension)
        .chain((0..instrument.questions.len()).map(Step::Question))
        .chain([Step::Review])
        .collect()
}

/// What is still unanswered on a step: Likert items neither answered nor
/// skipped, and questions without an answer (comments are optional).
pub fn unanswered(instrument: &Instrument, draft: &Draft, step: Step) -> Vec<String> {
    match step {
        Step::Dimension(d) => instrument.dimensions[d]
            .items
            .iter()
            .filter(|i| !draft.answers.contains_key(&i.id) && !draft.skipped.contains(&i.id))
            .map(|i| i.id.clone())
            .collect(),
        Step::Question(q) => match &instrument.questions[q] {
            Question::Comment { .. } => Vec::new(),
            q if draft.answers.contains_key(q.id()) => Vec::new(),
            q => vec![q.id().to_owned()],
        },
        Step::Review => Vec::new(),
    }
}

/// What a survey is started with.
pub struct Options {
    pub instrument: Instrument,
    /// The session the response belongs to.
    pub session: String,
    /// The session's anonymity threshold, stated in the intro.
    pub k: u32,
    /// Where the response is POSTed (through the outbox), if anywhere.
    pub submit_url: Option<String>,
    /// With it (the kiosk), a submitted response goes to it and the survey
    /// starts clean for the next participant; without it, the respondent
    /// sees the thank-you page with the response to download or copy.
    pub on_submit: Option<Callback<Response>>,
}

impl Options {
    /// A respondent's survey of `instrument` in the default session.
    pub fn new(instrument: Instrument) -> Options {
        Options {
            instrument,
            session: "default".to_owned(),
            k: crate::model::session::DEFAULT_K,
            submit_url: None,
            on_submit: None,
        }
    }
}

/// A running survey's state: signals and stored values, so it is `Copy`
/// and every handler and view takes it by value.
#[derive(Clone, Copy)]
struct Survey {
    widget: u32,
    fixed: StoredValue<Fixed>,
    k: u32,
    lang: RwSignal<&'static str>,
    draft: RwSignal<Draft>,
    /// The step shown: the draft's, apart so that an answer redraws
    /// nothing that depends only on the step.
    step: RwSignal<usize>,
    storage_ok: RwSignal<bool>,
    submitted: RwSignal<Option<Response>>,
    /// Another tab submitted these answers (see [`draft`]).
    sent_elsewhere: RwSignal<bool>,
    /// Changes when another tab's answers are taken in, to draw the step anew.
    from_other_tab: RwSignal<u32>,
    on_submit: Option<Callback<Response>>,
}

/// What does not change while a survey runs (one stored value, not five:
/// each type stored is code in the wasm).
struct Fixed {
    instrument: Instrument,
    steps: Vec<Step>,
    /// Where the draft is kept.
    key: String,
    session: String,
    submit_url: Option<String>,
}

/// The survey, in the language of the context (see [`super::Lang`]); it
/// says `alignment-pulse:ready` once it is drawn.
pub fn survey(options: Options) -> AnyView {
    let widget = next_widget_number();
    let key = draft::storage_key(&options.session, &options.instrument);
    let (stored, storage_ok) = match draft::load(&key) {
        Ok(d) => (d.unwrap_or_default(), true),
        Err(_) => (Draft::default(), false),
    };
    let all = steps(&options.instrument);
    let last = all.len() - 1;
    let step = stored.step.min(last);
    let s = Survey {
        widget,
        fixed: StoredValue::new(Fixed {
            instrument: options.instrument,
            steps: all,
            key,
            session: options.session,
            submit_url: options.submit_url,
        }),
        k: options.k,
        lang: use_lang(),
        draft: RwSignal::new(Draft { step, ..stored }),
        step: RwSignal::new(step),
        storage_ok: RwSignal::new(storage_ok),
        submitted: RwSignal::new(None),
        sent_elsewhere: RwSignal::new(false),
        from_other_tab: RwSignal::new(0),
        on_submit: options.on_submit,
    };
    // Removed with the survey.
    StoredValue::new_local(s.listen_to_other_tabs());
    let detail = s.fixed.with_value(|f| {
        format!(
            r#"{{"instrument":{},"instrument_version":{},"session":{},"lang":"{}","steps":{}}}"#,
            json_string(&f.instrument.id),
            f.instrument.version,
            json_string(&f.session),
            s.lang.get_untracked(),
            last + 1
        )
    });
    // Once the survey is in the page.
    after_render(move || s.emit("alignment-pulse:ready", &detail));
    let notice = move || {
        (!s.storage_ok.get()).then(|| {
            view! { <p class="ap-notice">{move || catalog(s.lang.get()).storage_off}</p> }
        })
    };
    let where_now = move || {
        let c = catalog(s.lang.get());
        if s.submitted.with(Option::is_some) || s.sent_elsewhere.get() {
            return String::new();
        }
        match s.current() {
            Step::Review => c.review_title.to_owned(),
            st => format!("{}: {}", s.step_of(c), s.step_title(st, c)),
        }
    };
    let title = move || {
        s.fixed
            .with_value(|f| f.instrument.title.get(s.lang.get()).to_owned())
    };
    let body = move || {
        s.lang.track();
        s.step.track();
        s.from_other_tab.track();
        let done = s.submitted.with(Option::is_some);
        let elsewhere = s.sent_elsewhere.get();
        untrack(move || match (done, elsewhere) {
            (true, _) => thanks::page(s),
            (false, true) => thanks::sent_elsewhere(s),
            (false, false) => s.page(),
        })
    };
    view! {
        <div class="ap-survey">
            <div class="ap-status" role="status" aria-live="polite">{notice}</div>
            <p class="ap-visually-hidden" role="status" aria-live="polite">{where_now}</p>
            <h1 class="ap-title" id=title_id(widget)>{title}</h1>
            {body}
        </div>
    }
    .into_any()
}

impl Survey {
    fn last(self) -> usize {
        self.fixed.with_value(|f| f.steps.len()) - 1
    }

    fn current(self) -> Step {
        let step = self.step.get();
        self.fixed.with_value(|f| f.steps[step])
    }

    /// The instrument, for reading.
    fn with_instrument<T>(self, f: impl FnOnce(&Instrument) -> T) -> T {
        self.fixed.with_value(|fixed| f(&fixed.instrument))
    }

    /// Shows step `to` and keeps it in the draft.
    fn show(self, to: usize) {
        self.draft.update(|d| d.step = to);
        self.step.set(to);
    }

    fn clear_draft(self) {
        self.fixed.with_value(|f| draft::clear(&f.key));
    }

    fn catalog(self) -> &'static Catalog {
        catalog(self.lang.get_untracked())
    }

    /// "Step n of m" (the review is not counted).
    fn step_of(self, c: &Catalog) -> String {
        let step = self.step.get();
        fill(
            c.step_of,
            &[&(step + 1).to_string(), &self.last().to_string()],
        )
    }

    /// The id of an element of this survey: `ap-<widget>-<what>`.
    fn id(self, what: &str) -> String {
        format!("ap-{}-{what}", self.widget)
    }

    fn emit(self, name: &str, detail: &str) {
        emit(&title_id(self.widget), name, detail);
    }

    /// Saves this tab's change to item `id` (with `None`, only its step)
    /// into the draft as stored now, so that another tab's answers to other
    /// items stay (see [`draft`]); says so when the browser will not keep it.
    fn save(self, item: Option<&str>) {
        if self.submitted.with_untracked(Option::is_some) || self.sent_elsewhere.get_untracked() {
            return;
        }
        let key = self.fixed.with_value(|f| f.key.clone());
        let ours = self.draft.get_untracked();
        let merged = match draft::load(&key) {
            Ok(Some(mut stored)) => {
                if let Some(id) = item {
                    stored.take_item(&ours, id);
                }
                stored.step = ours.step;
                stored
            }
            _ => ours.clone(),
        };
        let saved = draft::save(&key, &merged);
        if merged != ours {
            // Another tab's answers, not yet heard of: kept, drawn at the next redraw.
            self.draft.update_untracked(|d| *d = merged);
        }
        if !saved && self.storage_ok.get_untracked() {
            self.storage_ok.set(false);
        }
    }

    /// Takes in what other tabs of this survey store (the `storage` event
    /// fires only in the tabs that did not make the change): their answers
    /// to each item, drawn at once, and that they submitted. Each tab keeps
    /// its own step. The listener lives as long as the value returned.
    fn listen_to_other_tabs(self) -> gloo_events::EventListener {
        let key = self.fixed.with_value(|f| f.key.clone());
        storage::on_change(key, move |new_value| {
            if self.submitted.with_untracked(Option::is_some) || self.sent_elsewhere.get_untracked()
            {
                return;
            }
            // Removed (started over in another tab): nothing to take in.
            let Some(stored) = draft::read(new_value.as_deref()) else {
                return;
            };
            if stored.sent.is_some() {
                self.sent_elsewhere.set(true);
                return;
            }
            let differs = self
                .draft
                .with_untracked(|d| d.answers != stored.answers || d.skipped != stored.skipped);
            if differs {
                self.draft.update(|d| {
                    d.answers = stored.answers;
                    d.skipped = stored.skipped;
                });
                self.from_other_tab.update(|n| *n += 1);
            }
        })
    }

    /// The answer to question `id` now.
    fn answer_of(self, id: &str) -> Option<Answer> {
        self.draft.with_untracked(|d| d.answers.get(id).cloned())
    }

    /// Sets (or, with `None`, clears) the answer to question `id`.
    fn answer(self, id: &str, answer: Option<Answer>) {
        self.draft.update(|d| match answer {
            Some(a) => {
                d.answers.insert(id.to_owned(), a);
            }
            None => d.answers = without(std::mem::take(&mut d.answers), id),
        });
        self.save(Some(id));
    }

    /// Shows step `to` (within the survey), saves, and moves the focus there.
    fn go(self, to: usize) {
        let to = to.min(self.last());
        if to == self.draft.with_untracked(|d| d.step) {
            return;
        }
        self.show(to);
        self.save(None);
        self.moved();
    }

    /// Moves `delta` steps from the step the draft is on now (not the one
    /// drawn: a second click may come before the redraw).
    fn by(self, delta: isize) {
        let step = self.draft.with_untracked(|d| d.step);
        self.go(step.saturating_add_signed(delta));
    }

    /// After a step change: the focus goes to the new step's heading (the
    /// old button is gone, and a screen reader then reads where the
    /// respondent is), and the host page hears where the respondent is,
    /// never what they answered.
    fn moved(self) {
        let heading = self.id("step-heading");
        after_render(move || {
            // The survey may be gone by now (the kiosk's, after a submit).
            let (Some(step), Some(steps)) = (
                self.draft.try_with_untracked(|d| d.step),
                self.fixed.try_with_value(|f| f.steps.len()),
            ) else {
                return;
            };
            focus_first(&[heading]);
            let last = steps - 1;
            let detail = format!(
                r#"{{"step":{},"of":{},"review":{}}}"#,
                step + 1,
                last + 1,
                step == last
            );
            self.emit("alignment-pulse:step", &detail);
        });
    }

    /// Makes the response, tells the host page, queues it for the submit
    /// URL, and shows the thank-you page (or, in the kiosk, hands it over
    /// and starts clean).
    fn submit(self) {
        let response = self.fixed.with_value(|f| {
            self.draft.with_untracked(|d| {
                d.to_response(&f.instrument, &f.session, crypto::random_id(), &today())
            })
        });
        // The mark that tells other tabs these answers are sent.
        let sent = Draft {
            sent: Some(response.id.to_string()),
            ..Draft::default()
        };
        self.fixed.with_value(|f| draft::save(&f.key, &sent));
        let json = response.to_json();
        self.emit("alignment-pulse:response", &json);
        match self.on_submit {
            Some(callback) => {
                self.draft.set(Draft::default());
                self.show(0);
                self.moved();
                callback.run(response);
            }
            None => {
                if let Some(url) = self.fixed.with_value(|f| f.submit_url.clone()) {
                    outbox::submit(&url, &response.id.to_string(), json);
                }
                self.submitted.set(Some(response));
                let done = self.id("done");
                after_render(move || focus_first(&[done]));
            }
        }
    }

    /// "Start over" on the thank-you page: a clean survey from the first step.
    fn again(self) {
        self.clear_draft();
        self.submitted.set(None);
        self.sent_elsewhere.set(false);
        self.draft.set(Draft::default());
        self.show(0);
        self.moved();
    }

    /// The title of a step, for the review list and the live region.
    fn step_title(self, step: Step, c: &'static Catalog) -> String {
        let lang = self.lang.get_untracked();
        self.with_instrument(|inst| match step {
            Step::Dimension(d) => inst.dimensions[d].title.get(lang).to_owned(),
            Step::Question(q) => question_title(&inst.questions[q], c).to_owned(),
            Step::Review => c.review.to_owned(),
        })
    }

    /// The current step: the intro on the first, the step's questions, and
    /// the navigation.
    fn page(self) -> AnyView {
        let (l, c) = (self.lang.get_untracked(), self.catalog());
        let s = self.step.get_untracked();
        let last = self.last();
        let current = self.fixed.with_value(|f| f.steps[s]);
        let intro = (s == 0).then(|| {
            let (intro, minutes, items) =
                self.with_instrument(|i| (i.intro.get(l).to_owned(), i.minutes, i.item_count()));
            view! {
                <section class="ap-intro" aria-label=c.about_survey>
                    <p class="ap-lead">{intro}</p>
                    <ul class="ap-facts">
                        <li>{fill(c.facts, &[&minutes.to_string(), &items.to_string()])}</li>
                        <li>{fill(c.anonymity, &[&self.k.to_string()])}</li>
                    </ul>
                </section>
            }
        });
        let heading_id = self.id("step-heading");
        let heading = |text: String| {
            view! { <h2 class="ap-step-title" id=heading_id.clone() tabindex="-1">{text}</h2> }
        };
        let progress = if current == Step::Review {
            c.review.to_owned()
        } else {
            untrack(|| self.step_of(c))
        };
        let content = match current {
            Step::Dimension(d) => {
                let (title, items) = self.with_instrument(|i| {
                    let dim = &i.dimensions[d];
                    (
                        dim.title.get(l).to_owned(),
                        dim.items
                            .iter()
                            .map(|item| (item.id.clone(), item.text.get(l).to_owned()))
                            .collect::<Vec<_>>(),
                    )
                });
                let items = items
                    .into_iter()
                    .map(|(id, text)| likert::item(self, id, text))
                    .collect_view();
                view! { {heading(title)} {items} }.into_any()
            }
            Step::Question(q) => {
                let question = self.with_instrument(|i| i.questions[q].clone());
                let title = question_title(&question, c).to_owned();
                view! { {heading(title)} {self.question(question)} }.into_any()
            }
            Step::Review => {
                view! { {heading(c.review_title.to_owned())} {review::list(self)} }.into_any()
            }
        };
        // Submit on the last step, Next on the others.
        let primary = view! {
            <button type="button" class="ap-button ap-button-primary"
                on:click=move |_| if s == last { self.submit() } else { self.by(1) }>
                {if s == last { c.submit } else { c.next }}
            </button>
        };
        // A form, not a section: Chromium keeps every named radio removed
        // from a shadow root (with its whole removed tree) for as long as
        // the root lives, unless the radio belongs to a form, so a kiosk's
        // participants piled up (about 960 nodes each). Nothing submits it:
        // the buttons are type="button", and Enter in a field does nothing.
        view! {
            {intro}
            <form class="ap-step" aria-labelledby=heading_id.clone() novalidate
                on:submit=|e: leptos::ev::SubmitEvent| e.prevent_default()>
                <p class="ap-progress">{progress}</p>
                {content}
            </form>
            <nav class="ap-nav" aria-label=c.steps_nav>
                <button type="button" class="ap-button ap-button-secondary" disabled=s == 0
                    on:click=move |_| self.by(-1)>{c.back}</button>
                {primary}
            </nav>
        }
        .into_any()
    }

    /// A question other than a Likert item, on its own step.
    fn question(self, question: Question) -> AnyView {
        match question {
            Question::Enps { id, text, .. } => enps::question(self, id, text),
            Question::Segment {
                id, text, options, ..
            } => segment::question(self, id, text, options),
            Question::DecisionRights {
                id,
                text,
                decisions,
                roles,
                ..
            } => decisions::question(self, id, text, decisions, roles),
            Question::Ranking {
                id,
                text,
                top,
                objects,
                ..
            } => ranking::question(self, id, text, top as usize, objects),
            Question::Comment {
                id,
                text,
                max_chars,
                ..
            } => comment::question(self, id, text, max_chars),
        }
    }
}

/// A radio button and its label, checked when `checked`, calling
/// `on_change` with its value when chosen. Native radios give arrow-key
/// navigation and screen-reader semantics for free.
fn radio(
    class: &'static str,
    name: &str,
    value: String,
    label: String,
    checked: bool,
    on_change: impl Fn(&str) + 'static,
) -> AnyView {
    let id = format!("{name}-{value}");
    let chosen = value.clone();
    view! {
        <div class=class>
            <input class="ap-radio" type="radio" id=id.clone() name=name.to_owned() value=value
                prop:checked=checked on:change=move |_| on_change(&chosen)/>
            <label class="ap-point-label" for=id>{label}</label>
        </div>
    }
    .into_any()
}

/// `map` without `key`. Rebuilt by insertion rather than by
/// `BTreeMap::remove`, whose rebalancing code would cost the respondent's
/// wasm 3.4 KB gzip for its two map types (measured); a draft has a few
/// dozen answers, a decision-rights answer a handful of owners.
pub(crate) fn without<V>(map: BTreeMap<String, V>, key: &str) -> BTreeMap<String, V> {
    let mut kept = BTreeMap::new();
    for (k, v) in map {
        if k != key {
            kept.insert(k, v);
        }
    }
    kept
}

/// The id of a survey's title, the element its events are dispatched from.
fn title_id(widget: u32) -> String {
    format!("ap-{widget}-title")
}

/// The heading of a question's step.
fn question_title(q: &Question, c: &'static Catalog) -> &'static str {
    match q {
        Question::Enps { .. } => c.recommendation,
        Question::Ranking { .. } => c.priorities,
        Question::DecisionRights { .. } => c.decision_rights,
        Question::Segment { .. } => c.your_role,
        Question::Comment { .. } => c.comment,
    }
}

/// Why a response is not sent yet, in the respondent's words.
pub(crate) fn why_text(c: &Catalog, why: Why) -> String {
    use super::platform::net::{Undelivered, POST_TIMEOUT_MS};
    match why {
        Why::Offline => c.offline.to_owned(),
        Why::Failed(Undelivered::Unreachable) => c.unreachable.to_owned(),
        Why::Failed(Undelivered::NoAnswer) => {
            fill(c.no_answer, &[&(POST_TIMEOUT_MS / 1000).to_string()])
        }
        Why::Failed(Undelivered::Status(code)) => fill(c.server_answered, &[&code.to_string()]),
    }
}

/// Where a response stands, in the respondent's words (empty when the
/// outbox has not seen it).
fn delivery_text(c: &Catalog, delivery: Option<Delivery>) -> String {
    match delivery {
        None => String::new(),
        Some(Delivery::Sending) => c.sending.to_owned(),
        Some(Delivery::Sent) => c.sent.to_owned(),
        Some(Delivery::Waiting { why, kept }) => fill(
            if kept {
                c.not_sent_kept
            } else {
                c.not_sent_unkept
            },
            &[&why_text(c, why)],
        ),
    }
}
