//! A running survey's state, [`Survey`]: signals and stored values, and
//! what an answer, a step or submit does to them.

use leptos::prelude::*;

use crate::messages::events::{self, Event, RESPONSE, STEP};
use crate::model::instrument::without;
use crate::model::instrument::{Instrument, Question};
use crate::model::response::{Answer, Response};
use crate::ui::platform::dom::{after_render, today};
use crate::ui::platform::events::emit_json;
use crate::ui::platform::focus::focus_first;
use crate::ui::platform::{crypto, storage};
use crate::ui::respond::draft::{self, Draft};
use crate::ui::respond::outbox;
use crate::ui::respond::steps::Step;
use crate::words::{catalog, fill, Catalog};

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
pub(super) struct Survey {
    pub(super) widget: u32,
    pub(super) fixed: StoredValue<Fixed>,
    pub(super) k: u32,
    pub(super) lang: RwSignal<&'static str>,
    pub(super) draft: RwSignal<Draft>,
    /// The step shown: the draft's, apart so that an answer redraws
    /// nothing that depends only on the step.
    pub(super) step: RwSignal<usize>,
    pub(super) storage_ok: RwSignal<bool>,
    pub(super) submitted: RwSignal<Option<Response>>,
    /// Another tab submitted these answers (see [`draft`]).
    pub(super) sent_elsewhere: RwSignal<bool>,
    /// Changes when another tab's answers are taken in, to draw the step anew.
    pub(super) from_other_tab: RwSignal<u32>,
    pub(super) on_submit: Option<Callback<Response>>,
}

/// What does not change while a survey runs (one stored value, not five:
/// each type stored is code in the wasm).
pub(super) struct Fixed {
    pub(super) instrument: Instrument,
    pub(super) steps: Vec<Step>,
    /// Where the draft is kept.
    pub(super) key: String,
    pub(super) session: String,
    pub(super) submit_url: Option<String>,
}

impl Survey {
    pub(super) fn last(self) -> usize {
        self.fixed.with_value(|f| f.steps.len()) - 1
    }

    pub(super) fn current(self) -> Step {
        let step = self.step.get();
        self.fixed.with_value(|f| f.steps[step])
    }

    /// The instrument, for reading.
    pub(super) fn with_instrument<T>(self, f: impl FnOnce(&Instrument) -> T) -> T {
        self.fixed.with_value(|fixed| f(&fixed.instrument))
    }

    /// Shows step `to` and keeps it in the draft.
    pub(super) fn show(self, to: usize) {
        self.draft.update(|d| d.step = to);
        self.step.set(to);
    }

    pub(super) fn clear_draft(self) {
        self.fixed.with_value(|f| draft::clear(&f.key));
    }

    pub(super) fn catalog(self) -> &'static Catalog {
        catalog(self.lang.get_untracked())
    }

    /// "Step n of m" (the review is not counted).
    pub(super) fn step_of(self, c: &Catalog) -> String {
        let step = self.step.get();
        fill(
            c.step_of,
            &[&(step + 1).to_string(), &self.last().to_string()],
        )
    }

    /// The id of an element of this survey: `ap-<widget>-<what>`.
    pub(super) fn id(self, what: &str) -> String {
        format!("ap-{}-{what}", self.widget)
    }

    pub(super) fn emit(self, name: &str, detail: &str) {
        emit_json(&title_id(self.widget), name, detail);
    }

    /// Saves this tab's change to item `id` (with `None`, only its step)
    /// into the draft as stored now, so that another tab's answers to other
    /// items stay (see [`draft`]); says so when the browser will not keep it.
    pub(super) fn save(self, item: Option<&str>) {
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
    pub(super) fn listen_to_other_tabs(self) -> gloo_events::EventListener {
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
    pub(super) fn answer_of(self, id: &str) -> Option<Answer> {
        self.draft.with_untracked(|d| d.answers.get(id).cloned())
    }

    /// Sets (or, with `None`, clears) the answer to question `id`.
    pub(super) fn answer(self, id: &str, answer: Option<Answer>) {
        self.draft.update(|d| match answer {
            Some(a) => {
                d.answers.insert(id.to_owned(), a);
            }
            None => d.answers = without(std::mem::take(&mut d.answers), id),
        });
        self.save(Some(id));
    }

    /// Shows step `to` (within the survey), saves, and moves the focus there.
    pub(super) fn go(self, to: usize) {
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
    pub(super) fn by(self, delta: isize) {
        let step = self.draft.with_untracked(|d| d.step);
        self.go(step.saturating_add_signed(delta));
    }

    /// After a step change: the focus goes to the new step's heading (the
    /// old button is gone, and a screen reader then reads where the
    /// respondent is), and the host page hears where the respondent is,
    /// never what they answered.
    pub(super) fn moved(self) {
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
            let detail = events::Step {
                step: step + 1,
                of: last + 1,
                review: step == last,
            };
            self.emit(STEP, &detail.to_json());
        });
    }

    /// Makes the response, tells the host page, queues it for the submit
    /// URL, and shows the thank-you page (or, in the kiosk, hands it over
    /// and starts clean).
    pub(super) fn submit(self) {
        let response = self.fixed.with_value(|f| {
            self.draft.with_untracked(|d| {
                d.to_response(
                    &f.instrument,
                    &f.session,
                    crypto::random_id(),
                    &today(),
                    self.lang.get_untracked(),
                )
            })
        });
        // The mark that tells other tabs these answers are sent.
        let sent = Draft {
            sent: Some(response.id.to_string()),
            ..Draft::default()
        };
        self.fixed.with_value(|f| draft::save(&f.key, &sent));
        let json = response.to_json();
        self.emit(RESPONSE, &json);
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
    pub(super) fn again(self) {
        self.clear_draft();
        self.submitted.set(None);
        self.sent_elsewhere.set(false);
        self.draft.set(Draft::default());
        self.show(0);
        self.moved();
    }

    /// The title of a step, for the review list and the live region.
    pub(super) fn step_title(self, step: Step, c: &'static Catalog) -> String {
        let lang = self.lang.get_untracked();
        self.with_instrument(|inst| match step {
            Step::Dimension(d) => inst.dimensions[d].title.get(lang).to_owned(),
            Step::Question(q) => question_title(&inst.questions[q], c).to_owned(),
            Step::Review => c.review.to_owned(),
        })
    }
}

/// The id of a survey's title, the element its events are dispatched from.
pub(super) fn title_id(widget: u32) -> String {
    format!("ap-{widget}-title")
}

/// The heading of a question's step.
pub(super) fn question_title(q: &Question, c: &'static Catalog) -> &'static str {
    match q {
        Question::Enps { .. } => c.recommendation,
        Question::Ranking { .. } => c.priorities,
        Question::DecisionRights { .. } => c.decision_rights,
        Question::Segment { .. } => c.your_role,
        Question::Comment { .. } => c.comment,
    }
}
