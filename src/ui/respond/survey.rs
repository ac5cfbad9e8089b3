//! The survey drawn: its title, the step shown (the intro on the first,
//! the step's questions, the navigation), the thank-you page.

use leptos::prelude::*;

use crate::messages::events::{Event, SurveyReady, READY};
use crate::model::instrument::Question;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::platform::dom::after_render;
use crate::ui::respond::draft::{self, Draft};
use crate::ui::respond::state::{question_title, title_id, Fixed, Options, Survey};
use crate::ui::respond::steps::{steps, Step};
use crate::ui::respond::{comment, decisions, enps, likert, ranking, review, segment, thanks};
use crate::words::{catalog, fill};

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
        SurveyReady {
            instrument: &f.instrument.id,
            instrument_version: f.instrument.version,
            session: &f.session,
            lang: s.lang.get_untracked(),
            steps: last + 1,
        }
        .to_json()
    });
    // Once the survey is in the page.
    after_render(move || s.emit(READY, &detail));
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
    /// The current step: the intro on the first, the step's questions, and
    /// the navigation.
    pub(super) fn page(self) -> AnyView {
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
                        <li>{fill(c.about_minutes.of(usize::from(minutes)), &[&minutes.to_string()])}" · "{fill(c.statement_count.of(items), &[&items.to_string()])}</li>
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
    pub(super) fn question(self, question: Question) -> AnyView {
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
