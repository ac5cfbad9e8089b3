//! The respondent's view: the intro, one step per dimension and per other
//! question, a review of what is unanswered, submit, thank-you.
//!
//! Every change is saved at once (see [`super::draft`]); a reload restores
//! the step and every answer.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{self, Undelivered};
use super::draft::{self, Draft};
use super::outbox::{self, Delivery, Why};
use crate::i18n::{catalog, fill, Catalog};
use crate::instrument::{Choice, Instrument, Item, Question, Scale};
use crate::response::{Answer, Response};

/// A number unique to each widget on the page, so that radio groups of two
/// widgets never share a `name` and ids never collide.
pub(crate) fn next_widget_number() -> u32 {
    NEXT.fetch_add(1, Ordering::Relaxed)
}

static NEXT: AtomicU32 = AtomicU32::new(1);

/// Where this bundle's widget numbers start, so that the respondent and the
/// workspace bundles, each with its own counter, never hand out the same ids
/// on one page.
pub(crate) fn set_widget_base(base: u32) {
    NEXT.fetch_max(base, Ordering::Relaxed);
}

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

/// The survey of one instrument.
///
/// With `on_submit` (the kiosk), a submitted response goes to it and the
/// survey starts clean for the next participant; without it, the
/// respondent sees the thank-you page with the response to download or copy.
#[component]
pub fn Survey(
    instrument: Instrument,
    /// The language, which the respondent may switch at any time.
    lang: RwSignal<&'static str>,
    /// The session the response belongs to.
    #[prop(default = "default".to_owned())]
    session: String,
    /// The session's anonymity threshold, stated in the intro.
    #[prop(default = crate::session::DEFAULT_K)]
    k: u32,
    #[prop(optional)] on_submit: Option<Callback<Response>>,
    /// Where the response is POSTed (through the outbox), if anywhere.
    #[prop(default = None)]
    submit_url: Option<String>,
) -> impl IntoView {
    let widget = next_widget_number();
    let key = draft::storage_key(&session, &instrument);
    let (stored, storage_ok) = match draft::load(&key) {
        Ok(d) => (d.unwrap_or_default(), true),
        Err(()) => (Draft::default(), false),
    };
    let all_steps = steps(&instrument);
    let last = all_steps.len() - 1;
    let draft = RwSignal::new(Draft {
        step: stored.step.min(last),
        ..stored
    });
    let storage_ok = RwSignal::new(storage_ok);
    let submitted = RwSignal::new(None::<Response>);
    let instrument = StoredValue::new(instrument);
    let all_steps = StoredValue::new(all_steps);
    let key = StoredValue::new(key);
    let session = StoredValue::new(session);
    let submit_url = StoredValue::new(submit_url);
    let t = move || catalog(lang.get());

    // Save every change at once; say so when the browser will not keep it.
    Effect::new(move || {
        let d = draft.get();
        if submitted.with(Option::is_none) && !draft::save(&key.get_value(), &d) {
            storage_ok.set(false);
        }
    });

    // A memo: the step's view is rebuilt when the step changes, not on every
    // answer (which would also lose the keyboard focus).
    let step_memo = Memo::new(move |_| draft.with(|d| d.step));
    let step = move || step_memo.get();
    let go = move |to: usize| draft.update(|d| d.step = to.min(last));
    let heading_id = format!("ap-{widget}-step-heading");
    let done_id = format!("ap-{widget}-done");
    // After a step change (not on the first render), move the focus to the
    // new step's heading: the old button is gone, and a screen reader then
    // reads where the respondent is.
    {
        let (heading_id, done_id) = (heading_id.clone(), done_id.clone());
        let title_id = format!("ap-{widget}-title");
        Effect::new(move |previous: Option<(usize, bool)>| {
            let now = (step_memo.get(), submitted.with(Option::is_some));
            match previous {
                // After the first render: the widget is ready.
                None => {
                    let (id, version) = instrument.with_value(|i| (i.id.clone(), i.version));
                    let detail = format!(
                        r#"{{"instrument":{},"instrument_version":{version},"session":{},"lang":"{}","steps":{}}}"#,
                        json_string(&id),
                        session.with_value(|s| json_string(s)),
                        lang.get_untracked(),
                        last + 1
                    );
                    browser::emit(&title_id, "alignment-pulse:ready", &detail);
                }
                Some(p) if p != now => {
                    focus_later(if now.1 {
                        done_id.clone()
                    } else {
                        heading_id.clone()
                    });
                    if !now.1 {
                        // Where the respondent is, never what they answered.
                        let review = now.0 == last;
                        let detail = format!(
                            r#"{{"step":{},"of":{},"review":{review}}}"#,
                            now.0 + 1,
                            last + 1
                        );
                        browser::emit(&title_id, "alignment-pulse:step", &detail);
                    }
                }
                Some(_) => {}
            }
            now
        });
    }
    let submit = move || {
        let response = draft.with(|d| {
            instrument.with_value(|i| {
                session.with_value(|s| d.to_response(i, s, browser::random_id(), &browser::today()))
            })
        });
        draft::clear(&key.get_value());
        let json = response.to_json();
        browser::emit(
            &format!("ap-{widget}-title"),
            "alignment-pulse:response",
            &json,
        );
        if let (None, Some(url)) = (on_submit, submit_url.get_value()) {
            outbox::submit(&url, &response.id.to_string(), json);
        }
        match on_submit {
            Some(callback) => {
                draft.set(Draft::default());
                callback.run(response);
            }
            None => submitted.set(Some(response)),
        }
    };
    let start_over = move || {
        draft::clear(&key.get_value());
        submitted.set(None);
        draft.set(Draft::default());
    };

    let body = {
        let done_id = done_id.clone();
        move || {
            let l = lang.get();
            let c = catalog(l);
            if let Some(response) = submitted.get() {
                return view! { <ThankYou response=response lang=l id=done_id.clone() on_again=start_over/> }.into_any();
            }
            let s = step();
            let current = all_steps.with_value(|steps| steps[s]);
            let heading_id = heading_id.clone();
            let progress = match current {
                Step::Review => c.review.to_owned(),
                _ => fill(c.step_of, &[&(s + 1).to_string(), &last.to_string()]),
            };
            let content = instrument.with_value(|inst| match current {
                Step::Dimension(d) => {
                    let dim = &inst.dimensions[d];
                    let items = dim.items.clone();
                    let scale = inst.scale.clone();
                    view! {
                        <h2 class="ap-step-title" id=heading_id.clone() tabindex="-1">{dim.title.get(l).to_owned()}</h2>
                        {items
                            .into_iter()
                            .map(|item| view! { <LikertItem item=item scale=scale.clone() lang=l widget=widget draft=draft/> })
                            .collect_view()}
                    }
                    .into_any()
                }
                Step::Question(q) => view! {
                    <QuestionStep question=inst.questions[q].clone() lang=l widget=widget draft=draft heading_id=heading_id.clone()/>
                }
                .into_any(),
                Step::Review => {
                    let missing: Vec<(usize, String, usize)> = all_steps.with_value(|steps| {
                        draft.with(|d| {
                            steps
                                .iter()
                                .enumerate()
                                .filter_map(|(n, &st)| {
                                    let open = unanswered(inst, d, st).len();
                                    (open > 0).then(|| (n, step_title(inst, st, c, l), open))
                                })
                                .collect()
                        })
                    });
                    view! {
                        <h2 class="ap-step-title" id=heading_id.clone() tabindex="-1">{c.review_title}</h2>
                        <Review missing=missing lang=l go=go/>
                    }
                    .into_any()
                }
            });
            let primary = if s == last {
                view! { <button type="button" class="ap-button ap-button-primary" on:click=move |_| submit()>{c.submit}</button> }.into_any()
            } else {
                view! { <button type="button" class="ap-button ap-button-primary" on:click=move |_| go(step() + 1)>{c.next}</button> }.into_any()
            };
            view! {
                <section class="ap-step" aria-labelledby=heading_id.clone()>
                    <p class="ap-progress">{progress}</p>
                    {content}
                </section>
                <nav class="ap-nav" aria-label=c.steps_nav>
                    <button type="button" class="ap-button ap-button-secondary" disabled=move || step() == 0 on:click=move |_| go(step().saturating_sub(1))>
                        {c.back}
                    </button>
                    {primary}
                </nav>
            }
            .into_any()
        }
    };

    let title = move || instrument.with_value(|i| i.title.get(lang.get()).to_owned());
    let intro = move || {
        instrument.with_value(|i| {
            let l = lang.get();
            let c = catalog(l);
            view! {
                <section class="ap-intro" aria-label=c.about_survey>
                    <p class="ap-lead">{i.intro.get(l).to_owned()}</p>
                    <ul class="ap-facts">
                        <li>{fill(c.facts, &[&i.minutes.to_string(), &i.item_count().to_string()])}</li>
                        <li>{fill(c.anonymity, &[&k.to_string()])}</li>
                    </ul>
                </section>
            }
        })
    };
    let show_intro = move || step() == 0 && submitted.with(Option::is_none);
    // Where the respondent is, announced at each step change ("Step 3 of 15:
    // Transparent goals") from a live region that stays in place.
    let where_now = move || {
        if submitted.with(Option::is_some) {
            return String::new();
        }
        let (c, l, s) = (t(), lang.get(), step());
        instrument.with_value(|inst| {
            all_steps.with_value(|steps| match steps[s] {
                Step::Review => c.review_title.to_owned(),
                st => format!(
                    "{}: {}",
                    fill(c.step_of, &[&(s + 1).to_string(), &last.to_string()]),
                    step_title(inst, st, c, l)
                ),
            })
        })
    };

    view! {
        <div class="ap-survey">
            <div class="ap-status" role="status" aria-live="polite">
                {move || (!storage_ok.get()).then(|| view! { <p class="ap-notice">{t().storage_off}</p> })}
            </div>
            <p class="ap-visually-hidden" role="status" aria-live="polite">{where_now}</p>
            <h1 class="ap-title" id=format!("ap-{widget}-title")>{title}</h1>
            <Show when=show_intro>{intro}</Show>
            {body}
        </div>
    }
}

/// `s` as a JSON string literal.
/// `s` as a JSON string literal.
pub(crate) fn json_string(s: &str) -> String {
    // A string always serializes.
    serde_json::to_string(s).unwrap_or_default()
}

/// Focuses the element with this id after the next render, if it exists.
pub fn focus_later(id: String) {
    focus_first_later(vec![id]);
}

/// Focuses the first of these elements that exists and is enabled, after
/// the next render.
pub fn focus_first_later(ids: Vec<String>) {
    request_animation_frame(move || {
        for id in ids {
            let Some(el) = document().get_element_by_id(&id) else {
                continue;
            };
            if el.has_attribute("disabled") {
                continue;
            }
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            return;
        }
    });
}

/// The title of a step, for the review list.
fn step_title(inst: &Instrument, step: Step, c: &'static Catalog, lang: &str) -> String {
    match step {
        Step::Dimension(d) => inst.dimensions[d].title.get(lang).to_owned(),
        Step::Question(q) => question_title(&inst.questions[q], c).to_owned(),
        Step::Review => c.review.to_owned(),
    }
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

/// The review: which steps still have open questions, with a way back.
#[component]
fn Review(
    missing: Vec<(usize, String, usize)>,
    lang: &'static str,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let c = catalog(lang);
    if missing.is_empty() {
        return view! { <p class="ap-lead">{c.all_answered}</p> }.into_any();
    }
    view! {
        <p class="ap-lead">{c.some_open}</p>
        <ul class="ap-review">
            {missing
                .into_iter()
                .map(|(n, title, open)| {
                    let what = if open == 1 { c.one_open.to_owned() } else { fill(c.many_open, &[&open.to_string()]) };
                    let number = (n + 1).to_string();
                    view! {
                        <li>
                            <span>{fill(c.review_line, &[&number, &title, &what])}</span>
                            <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| go(n)>
                                {fill(c.go_to_step, &[&number])}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// Why a response is not sent yet, in the respondent's words.
pub(crate) fn why_text(c: &Catalog, why: Why) -> String {
    match why {
        Why::Offline => c.offline.to_owned(),
        Why::Failed(Undelivered::Unreachable) => c.unreachable.to_owned(),
        Why::Failed(Undelivered::Status(code)) => fill(c.server_answered, &[&code.to_string()]),
    }
}

/// After submit: thanks, and the response as a file or a code for the
/// facilitator.
#[component]
fn ThankYou(
    response: Response,
    lang: &'static str,
    id: String,
    on_again: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let c = catalog(lang);
    let response_id = response.id.to_string();
    // Whether the outbox has (or had) this response: a submit URL is set.
    let submitting = outbox::status(&response_id).is_some();
    let delivery = move || {
        outbox::status(&response_id).map(|d| match d {
            Delivery::Sending => c.sending.to_owned(),
            Delivery::Sent => c.sent.to_owned(),
            Delivery::Waiting { why, kept } => {
                let why = why_text(c, why);
                fill(
                    if kept {
                        c.not_sent_kept
                    } else {
                        c.not_sent_unkept
                    },
                    &[&why],
                )
            }
        })
    };
    let json = response.to_json();
    let url = browser::json_file_url(&json);
    let copied = RwSignal::new(None::<bool>);
    let code = StoredValue::new(json.clone());
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let ok = browser::copy(&code.get_value()).await;
            copied.set(Some(ok));
        })
    };
    let code_id = format!("{id}-code");
    view! {
        <section class="ap-step ap-done" aria-labelledby=id.clone()>
            <h2 class="ap-step-title" id=id.clone() tabindex="-1">{c.thank_you}</h2>
            <p class="ap-lead">{if submitting { c.thank_you_submit_text } else { c.thank_you_text }}</p>
            <p class="ap-status ap-delivery" role="status" aria-live="polite">{delivery}</p>
            <p class="ap-actions">
                {url.map(|href| view! {
                    <a class="ap-button ap-button-primary" href=href download="alignment-pulse-response.json">{c.download_response}</a>
                })}
                <button type="button" class="ap-button ap-button-secondary" on:click=copy>{c.copy_code}</button>
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| on_again()>{c.start_over}</button>
            </p>
            <p class="ap-status" role="status" aria-live="polite">
                {move || copied.get().map(|ok| if ok { c.code_copied } else { c.copy_failed })}
            </p>
            <details class="ap-code" open=move || copied.get() == Some(false)>
                <summary>{c.response_code}</summary>
                <label class="ap-visually-hidden" for=code_id.clone()>{c.response_code}</label>
                <textarea class="ap-textarea" id=code_id readonly rows="4">{json}</textarea>
            </details>
        </section>
    }
}

/// A question other than a Likert item, on its own step.
#[component]
fn QuestionStep(
    question: Question,
    lang: &'static str,
    widget: u32,
    draft: RwSignal<Draft>,
    heading_id: String,
) -> impl IntoView {
    let c = catalog(lang);
    let id = question.id().to_owned();
    let title = question_title(&question, c);
    let set = {
        let id = id.clone();
        move |answer: Option<Answer>| {
            draft.update(|d| match answer {
                Some(a) => {
                    d.answers.insert(id.clone(), a);
                }
                None => {
                    d.answers.remove(&id);
                }
            })
        }
    };
    let current = {
        let id = id.clone();
        move || draft.with(|d| d.answers.get(&id).cloned())
    };
    let heading = view! { <h2 class="ap-step-title" id=heading_id tabindex="-1">{title}</h2> };
    let body = match question {
        Question::Enps { text, .. } => {
            let name = format!("ap-{widget}-{id}");
            let hint_id = format!("{name}-hint");
            let points = (0..=10u8)
                .map(|v| {
                    let input_id = format!("{name}-{v}");
                    let current = current.clone();
                    let set = set.clone();
                    view! {
                        <div class="ap-point ap-point-compact">
                            <input type="radio" class="ap-radio" id=input_id.clone() name=name.clone() value=v.to_string()
                                prop:checked=move || current() == Some(Answer::Number(v as i64))
                                on:change=move |_| set(Some(Answer::Number(v as i64)))/>
                            <label class="ap-point-label" for=input_id>{v.to_string()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="ap-item" aria-describedby=hint_id.clone()>
                    <legend class="ap-item-text">{text.get(lang).to_owned()}</legend>
                    <p class="ap-hint" id=hint_id.clone()>{c.enps_hint}</p>
                    <div class="ap-scale ap-scale-11">{points}</div>
                </fieldset>
            }
            .into_any()
        }
        Question::Segment { text, options, .. } => {
            let name = format!("ap-{widget}-{id}");
            let choices = options
                .into_iter()
                .map(|o| {
                    let input_id = format!("{name}-{}", o.id);
                    let (current, set, value) = (current.clone(), set.clone(), o.id.clone());
                    let checked_value = o.id.clone();
                    view! {
                        <div class="ap-point ap-point-wide">
                            <input type="radio" class="ap-radio" id=input_id.clone() name=name.clone() value=o.id.clone()
                                prop:checked=move || current() == Some(Answer::Text(checked_value.clone()))
                                on:change=move |_| set(Some(Answer::Text(value.clone())))/>
                            <label class="ap-point-label" for=input_id>{o.label.get(lang).to_owned()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="ap-item">
                    <legend class="ap-item-text">{text.get(lang).to_owned()}</legend>
                    <div class="ap-choices">{choices}</div>
                </fieldset>
            }
            .into_any()
        }
        Question::DecisionRights { text, decisions, roles, .. } => {
            let selects = decisions
                .into_iter()
                .map(|decision| {
                    let select_id = format!("ap-{widget}-{id}-{}", decision.id);
                    let (current, current_for_change) = (current.clone(), current.clone());
                    let set = set.clone();
                    let (read_id, write_id) = (decision.id.clone(), decision.id.clone());
                    let options = roles
                        .iter()
                        .map(|r| view! { <option value=r.id.clone()>{r.label.get(lang).to_owned()}</option> })
                        .collect_view();
                    view! {
                        <div class="ap-field">
                            <label class="ap-field-label" for=select_id.clone()>{decision.label.get(lang).to_owned()}</label>
                            <select class="ap-select" id=select_id
                                prop:value=move || match current() {
                                    Some(Answer::Owners(o)) => o.get(&read_id).cloned().unwrap_or_default(),
                                    _ => String::new(),
                                }
                                on:change=move |ev| {
                                    let role = event_target_value(&ev);
                                    let mut owners = match current_for_change() {
                                        Some(Answer::Owners(o)) => o,
                                        _ => Default::default(),
                                    };
                                    if role.is_empty() { owners.remove(&write_id); } else { owners.insert(write_id.clone(), role); }
                                    set((!owners.is_empty()).then_some(Answer::Owners(owners)));
                                }>
                                <option value="">{c.choose_owner}</option>
                                {options}
                            </select>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <p class="ap-item-text">{text.get(lang).to_owned()}</p>
                {selects}
            }
            .into_any()
        }
        Question::Ranking { text, top, objects, .. } => view! {
            <Ranking text=text.get(lang).to_owned() top=top objects=objects lang=lang id=id widget=widget draft=draft/>
        }
        .into_any(),
        Question::Comment { text, max_chars, .. } => {
            let area_id = format!("ap-{widget}-{id}");
            let hint_id = format!("{area_id}-hint");
            let count = {
                let current = current.clone();
                move || match current() {
                    Some(Answer::Text(t)) => t.chars().count(),
                    _ => 0,
                }
            };
            let value = current.clone();
            let limit = max_chars.to_string();
            view! {
                <div class="ap-field">
                    <label class="ap-field-label" for=area_id.clone()>{text.get(lang).to_owned()}</label>
                    <p class="ap-hint" id=hint_id.clone()>
                        {c.comment_hint}" "
                        <span>{move || fill(c.characters, &[&count().to_string(), &limit])}</span>
                    </p>
                    <textarea class="ap-textarea" id=area_id rows="5" maxlength=max_chars.to_string() aria-describedby=hint_id
                        prop:value=move || match value() { Some(Answer::Text(t)) => t, _ => String::new() }
                        on:input=move |ev| {
                            let t = event_target_value(&ev);
                            set((!t.trim().is_empty()).then_some(Answer::Text(t)));
                        }></textarea>
                </div>
            }
            .into_any()
        }
    };
    view! { {heading} {body} }
}

/// Rank the top N of M objects with buttons, by keyboard or touch: add an
/// object, move it up or down, remove it. Each move is announced, and the
/// keyboard focus follows the object (or the next option after "Add").
#[component]
fn Ranking(
    text: String,
    top: u8,
    objects: Vec<Choice>,
    lang: &'static str,
    id: String,
    widget: u32,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let c = catalog(lang);
    let top = top as usize;
    let prefix = StoredValue::new(format!("ap-{widget}-{id}"));
    let id = StoredValue::new(id);
    let objects = StoredValue::new(objects);
    let announcement = RwSignal::new(String::new());
    let order = move || {
        draft.with(|d| match d.answers.get(&id.get_value()) {
            Some(Answer::Order(o)) => o.clone(),
            _ => Vec::new(),
        })
    };
    let label = move |object: &str| {
        objects.with_value(|os| {
            os.iter()
                .find(|o| o.id == object)
                .map(|o| o.label.get(lang).to_owned())
                .unwrap_or_default()
        })
    };
    // The id of an object's button: `up`, `down`, `remove` or `add`.
    let button_id =
        move |object: &str, action: &str| format!("{}-{object}-{action}", prefix.get_value());
    let write = move |new: Vec<String>, said: String, focus: Vec<String>| {
        draft.update(|d| {
            if new.is_empty() {
                d.answers.remove(&id.get_value());
            } else {
                d.answers.insert(id.get_value(), Answer::Order(new));
            }
        });
        announcement.set(said);
        focus_first_later(focus);
    };
    let ranked = move || {
        let current = order();
        let n = current.len();
        if n == 0 {
            return view! { <li class="ap-rank-item ap-hint">{c.nothing_ranked}</li> }.into_any();
        }
        current
            .into_iter()
            .enumerate()
            .map(|(pos, object)| {
                let name = label(&object);
                let (up, down, remove) = (object.clone(), object.clone(), object.clone());
                let (name_up, name_down, name_remove) = (name.clone(), name.clone(), name.clone());
                view! {
                    <li class="ap-rank-item">
                        <span class="ap-rank-label">{format!("{}. {name}", pos + 1)}</span>
                        <span class="ap-rank-actions">
                            <button type="button" class="ap-button ap-button-secondary ap-button-small" id=button_id(&object, "up") disabled=pos == 0
                                aria-label=fill(c.move_up, &[&name])
                                on:click=move |_| {
                                    let mut o = order();
                                    if let Some(i) = o.iter().position(|x| *x == up) {
                                        if i > 0 {
                                            o.swap(i, i - 1);
                                            let focus = vec![button_id(&up, "up"), button_id(&up, "down")];
                                            write(o, fill(c.moved_to, &[&name_up, &i.to_string()]), focus);
                                        }
                                    }
                                }>{c.up}</button>
                            <button type="button" class="ap-button ap-button-secondary ap-button-small" id=button_id(&object, "down") disabled=pos + 1 == n
                                aria-label=fill(c.move_down, &[&name])
                                on:click=move |_| {
                                    let mut o = order();
                                    if let Some(i) = o.iter().position(|x| *x == down) {
                                        if i + 1 < o.len() {
                                            o.swap(i, i + 1);
                                            let focus = vec![button_id(&down, "down"), button_id(&down, "up")];
                                            write(o, fill(c.moved_to, &[&name_down, &(i + 2).to_string()]), focus);
                                        }
                                    }
                                }>{c.down}</button>
                            <button type="button" class="ap-button ap-button-secondary ap-button-small" id=button_id(&object, "remove")
                                aria-label=fill(c.remove_from_ranking, &[&name])
                                on:click=move |_| {
                                    let o: Vec<String> = order().into_iter().filter(|x| *x != remove).collect();
                                    let focus = vec![button_id(&remove, "add")];
                                    write(o, fill(c.removed, &[&name_remove]), focus);
                                }>{c.remove}</button>
                        </span>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let unranked = move || {
        let current = order();
        let full = current.len() >= top;
        let open: Vec<(String, String)> = objects.with_value(|os| {
            os.iter()
                .filter(|o| !current.contains(&o.id))
                .map(|o| (o.id.clone(), o.label.get(lang).to_owned()))
                .collect()
        });
        let ids: Vec<String> = open.iter().map(|(object, _)| object.clone()).collect();
        open.into_iter()
            .enumerate()
            .map(|(at, (object, name))| {
                let said = name.clone();
                // After "Add", the focus goes to the option that takes this
                // one's place, else the one before, else the added object.
                let neighbours: Vec<String> = ids.iter().skip(at + 1).chain(ids.iter().take(at).rev()).cloned().collect();
                view! {
                    <li class="ap-rank-item">
                        <span class="ap-rank-label">{name.clone()}</span>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" id=button_id(&object, "add") disabled=full
                            aria-label=fill(c.add_to_ranking, &[&name])
                            on:click=move |_| {
                                let mut o = order();
                                if o.len() < top && !o.contains(&object) {
                                    o.push(object.clone());
                                    let place = o.len();
                                    let mut focus: Vec<String> = if place < top { neighbours.iter().map(|n| button_id(n, "add")).collect() } else { Vec::new() };
                                    focus.extend([button_id(&object, "remove"), button_id(&object, "up")]);
                                    write(o, fill(c.added_at, &[&said, &place.to_string()]), focus);
                                }
                            }>{c.add}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let ranked_heading = format!("{}-ranked", prefix.get_value());
    let options_heading = format!("{}-options", prefix.get_value());
    view! {
        <p class="ap-item-text">{text}</p>
        <p class="ap-hint">{fill(c.rank_hint, &[&top.to_string()])}</p>
        <h3 class="ap-subhead" id=ranked_heading.clone()>{c.your_ranking}</h3>
        <ol class="ap-rank" aria-labelledby=ranked_heading>{ranked}</ol>
        <h3 class="ap-subhead" id=options_heading.clone()>{c.options}</h3>
        <ul class="ap-rank" aria-labelledby=options_heading>{unranked}</ul>
        <p class="ap-visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
    }
}

/// One Likert statement as a native radio group: a fieldset whose legend is
/// the statement, one labelled radio per scale point and "prefer not to
/// say". Native radios give arrow-key navigation and screen-reader
/// semantics for free.
#[component]
pub fn LikertItem(
    item: Item,
    scale: Scale,
    lang: &'static str,
    widget: u32,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let name = format!("ap-{widget}-{}", item.id);
    let item_id = StoredValue::new(item.id.clone());
    let points = scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let value = (i + 1) as i64;
            let input_id = format!("{name}-{value}");
            view! {
                <div class="ap-point">
                    <input
                        type="radio"
                        class="ap-radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=value.to_string()
                        prop:checked=move || item_id.with_value(|id| draft.with(|d| d.answers.get(id) == Some(&Answer::Number(value))))
                        on:change=move |_| draft.update(|d| {
                            d.skipped.remove(&item_id.get_value());
                            d.answers.insert(item_id.get_value(), Answer::Number(value));
                        })
                    />
                    <label class="ap-point-label" for=input_id>{label.get(lang).to_owned()}</label>
                </div>
            }
        })
        .collect_view();
    let skip_id = format!("{name}-skip");
    view! {
        <fieldset class="ap-item" data-item=item.id.clone()>
            <legend class="ap-item-text">{item.text.get(lang).to_owned()}</legend>
            <div class="ap-scale">{points}</div>
            <div class="ap-skip">
                <input type="radio" class="ap-radio" id=skip_id.clone() name=name.clone() value="skip"
                    prop:checked=move || item_id.with_value(|id| draft.with(|d| d.skipped.contains(id)))
                    on:change=move |_| draft.update(|d| {
                        d.answers.remove(&item_id.get_value());
                        d.skipped.insert(item_id.get_value());
                    })/>
                <label class="ap-point-label" for=skip_id>{catalog(lang).prefer_not}</label>
            </div>
        </fieldset>
    }
}
