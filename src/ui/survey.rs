//! The respondent's view: the intro, one step per dimension and per other
//! question, a review of what is unanswered, submit, thank-you.
//!
//! Every change is saved at once (see [`super::draft`]); a reload restores
//! the step and every answer.
//!
//! Drawn with plain DOM calls (see [`super::dom`]), not Leptos: the state
//! lives in one [`State`] per survey; a step, a language change or submit
//! redraws what follows the title, and an answer changes only what depends
//! on it (the character count, the ranking lists). Three listeners on the
//! survey's element (`click`, `change`, `input`) read each control's
//! [`dom::ACT`] and [`dom::ARG`] attributes, so no control has a closure
//! of its own.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::browser::{self, Undelivered};
use super::dom::{self, button, El, ACT, ARG};
use super::draft::{self, Draft};
use super::outbox::{self, Delivery, Why};
use crate::i18n::{catalog, fill, Catalog};
use crate::instrument::{Instrument, Question};
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
#[cfg(feature = "workspace")]
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

/// What a survey is started with.
pub struct Options {
    pub instrument: Instrument,
    /// The language, which the respondent may switch at any time ([`Handle::set_lang`]).
    pub lang: &'static str,
    /// The session the response belongs to.
    pub session: String,
    /// The session's anonymity threshold, stated in the intro.
    pub k: u32,
    /// Where the response is POSTed (through the outbox), if anywhere.
    pub submit_url: Option<String>,
    /// With it (the kiosk), a submitted response goes to it and the survey
    /// starts clean for the next participant; without it, the respondent
    /// sees the thank-you page with the response to download or copy.
    pub on_submit: Option<Box<dyn Fn(Response)>>,
}

impl Options {
    /// A respondent's survey of `instrument` in the default session.
    pub fn new(instrument: Instrument, lang: &'static str) -> Options {
        Options {
            instrument,
            lang,
            session: "default".to_owned(),
            k: crate::session::DEFAULT_K,
            submit_url: None,
            on_submit: None,
        }
    }
}

/// A running survey, to switch its language.
#[derive(Clone)]
pub struct Handle(Rc<RefCell<State>>);

impl Handle {
    /// Redraws the survey in `lang`; every answer stays.
    pub fn set_lang(&self, lang: &'static str) {
        let mut s = self.0.borrow_mut();
        if s.lang != lang {
            s.lang = lang;
            s.draw();
        }
    }
}

struct State {
    widget: u32,
    instrument: Instrument,
    steps: Vec<Step>,
    key: String,
    session: String,
    k: u32,
    lang: &'static str,
    draft: Draft,
    storage_ok: bool,
    submitted: Option<Response>,
    submit_url: Option<String>,
    on_submit: Option<Rc<dyn Fn(Response)>>,
    /// `.ap-survey`, and in it the storage notice, the live region saying
    /// where the respondent is, and the title; what follows the title is redrawn.
    root: Element,
    notice: Element,
    where_now: Element,
    title: Element,
    /// Parts of the current screen that change without a redraw.
    live: Extra,
}

/// The ranking's lists and its announcement, redrawn at each move.
struct Ranking {
    id: String,
    top: usize,
    objects: Vec<(String, String)>,
    ranked: Element,
    open: Element,
    said: Element,
}

/// Starts a survey in `parent` (appended to it) and says `alignment-pulse:ready`.
pub fn mount(parent: &Element, options: Options) -> Handle {
    let widget = next_widget_number();
    let key = draft::storage_key(&options.session, &options.instrument);
    let (stored, storage_ok) = match draft::load(&key) {
        Ok(d) => (d.unwrap_or_default(), true),
        Err(()) => (Draft::default(), false),
    };
    let steps = steps(&options.instrument);
    let last = steps.len() - 1;
    let root = El::new("div", "ap-survey").0;
    let notice = El::new("div", "ap-status")
        .at("role", "status")
        .at("aria-live", "polite")
        .0;
    let where_now = El::new("p", "ap-visually-hidden")
        .at("role", "status")
        .at("aria-live", "polite")
        .0;
    let title = El::new("h1", "ap-title").at("id", &title_id(widget)).0;
    for e in [&notice, &where_now, &title] {
        let _ = root.append_child(e);
    }
    let _ = parent.append_child(&root);
    let state = Rc::new(RefCell::new(State {
        widget,
        draft: Draft {
            step: stored.step.min(last),
            ..stored
        },
        steps,
        key,
        session: options.session,
        k: options.k,
        lang: options.lang,
        storage_ok,
        submitted: None,
        submit_url: options.submit_url,
        on_submit: options.on_submit.map(Rc::from),
        instrument: options.instrument,
        root: root.clone(),
        notice,
        where_now,
        title,
        live: Extra::default(),
    }));
    {
        let mut s = state.borrow_mut();
        s.draw();
        let detail = format!(
            r#"{{"instrument":{},"instrument_version":{},"session":{},"lang":"{}","steps":{}}}"#,
            json_string(&s.instrument.id),
            s.instrument.version,
            json_string(&s.session),
            s.lang,
            last + 1
        );
        s.emit("alignment-pulse:ready", &detail);
    }
    // The listeners hold the state: it lives as long as the page.
    for event in ["click", "change", "input"] {
        let state = state.clone();
        dom::delegate(&root, event, Box::new(move |e| on_event(&state, &e)));
    }
    let weak: Weak<RefCell<State>> = Rc::downgrade(&state);
    outbox::watch(Box::new(move || {
        if let Some(state) = weak.upgrade() {
            if let Ok(s) = state.try_borrow() {
                s.show_delivery();
            }
        }
    }));
    Handle(state)
}

/// One delegated event: the control's action, from its [`ACT`] attribute.
fn on_event(state: &Rc<RefCell<State>>, e: &web_sys::Event) {
    // An event the host page causes from inside one of this survey's own
    // events (say, a click from an `alignment-pulse:step` handler) finds the
    // state in use; it is dropped rather than allowed to panic.
    if state.try_borrow_mut().is_err() {
        return;
    }
    let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(control) = target.closest(&format!("[{ACT}]")).ok().flatten() else {
        return;
    };
    let act = control.get_attribute(ACT).unwrap_or_default();
    let arg = control.get_attribute(ARG).unwrap_or_default();
    // Radios and selects act on change, a comment on input, buttons on click.
    let wanted = match act.as_str() {
        "likert" | "enps" | "segment" | "owner" => "change",
        "comment" => "input",
        _ => "click",
    };
    if e.type_() != wanted {
        return;
    }
    let value = || browser::field(&control, "value").unwrap_or_default();
    match act.as_str() {
        "submit" => submit(state),
        "copy" => copy(state),
        _ => {
            let mut guard = state.borrow_mut();
            let s = &mut *guard;
            match act.as_str() {
                "back" => s.go(s.draft.step.saturating_sub(1)),
                "next" => s.go(s.draft.step + 1),
                "go" => s.go(arg.parse().unwrap_or(0)),
                "again" => {
                    draft::clear(&s.key);
                    s.submitted = None;
                    s.draft = Draft::default();
                    s.draw();
                    s.moved();
                }
                "likert" => {
                    let v = value();
                    s.draft.skip(&arg, v == "skip");
                    let answer = (v != "skip").then(|| Answer::Number(v.parse().unwrap_or(0)));
                    s.answer(arg, answer);
                }
                "enps" => {
                    let v = value().parse().unwrap_or(0);
                    s.answer(arg, Some(Answer::Number(v)));
                }
                "segment" => s.answer(arg, Some(Answer::Text(value()))),
                "owner" => {
                    let decision = control
                        .get_attribute("data-ap-decision")
                        .unwrap_or_default();
                    let role = value();
                    let owners = match s.draft.answers.get(&arg) {
                        Some(Answer::Owners(o)) => o.clone(),
                        _ => Default::default(),
                    };
                    let mut owners = without(owners, &decision);
                    if !role.is_empty() {
                        owners.insert(decision, role);
                    }
                    s.answer(arg, (!owners.is_empty()).then_some(Answer::Owners(owners)));
                }
                "comment" => {
                    let text = value();
                    if let Some(count) = &s.live.count {
                        let limit = control.get_attribute("maxlength").unwrap_or_default();
                        let n = text.chars().count().to_string();
                        dom::set_text(count, &fill(catalog(s.lang).characters, &[&n, &limit]));
                    }
                    s.answer(arg, (!text.trim().is_empty()).then_some(Answer::Text(text)));
                }
                "up" | "down" | "remove" | "add" => s.rank(&act, &arg),
                _ => {}
            }
        }
    }
}

/// Makes the response, tells the host page, queues it for the submit URL,
/// and shows the thank-you page (or, in the kiosk, hands it over and starts
/// clean). No borrow is held while the page or the outbox hear of it.
fn submit(state: &Rc<RefCell<State>>) {
    let (response, json, url, on_submit) = {
        let s = state.borrow();
        let response = s.draft.to_response(
            &s.instrument,
            &s.session,
            browser::random_id(),
            &browser::today(),
        );
        draft::clear(&s.key);
        let json = response.to_json();
        (response, json, s.submit_url.clone(), s.on_submit.clone())
    };
    let title = title_id(state.borrow().widget);
    browser::emit(&title, "alignment-pulse:response", &json);
    if let (None, Some(url)) = (&on_submit, url) {
        outbox::submit(&url, &response.id.to_string(), json);
    }
    match on_submit {
        Some(callback) => {
            {
                let mut s = state.borrow_mut();
                s.draft = Draft::default();
                s.draw();
                s.moved();
            }
            callback(response);
        }
        None => {
            let mut s = state.borrow_mut();
            s.submitted = Some(response);
            s.draw();
            dom::focus_first(&[format!("ap-{}-done", s.widget)]);
        }
    }
}

/// Copies the response code to the clipboard and says whether it worked;
/// when it did not, the code opens for copying by hand.
fn copy(state: &Rc<RefCell<State>>) {
    let Some(json) = state.borrow().submitted.as_ref().map(Response::to_json) else {
        return;
    };
    let weak = Rc::downgrade(state);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = browser::copy(&json).await;
        let Some(state) = weak.upgrade() else {
            return;
        };
        let s = state.borrow();
        let c = catalog(s.lang);
        if let Some(copied) = &s.live.copied {
            dom::set_text(copied, if ok { c.code_copied } else { c.copy_failed });
        }
        if let (Some(code), false) = (&s.live.code, ok) {
            let _ = code.set_attribute("open", "");
        }
    });
}

impl State {
    fn last(&self) -> usize {
        self.steps.len() - 1
    }

    fn emit(&self, name: &str, detail: &str) {
        browser::emit(&title_id(self.widget), name, detail);
    }

    /// Saves the draft; says so when the browser will not keep it.
    fn save(&mut self) {
        if self.submitted.is_none() && !draft::save(&self.key, &self.draft) && self.storage_ok {
            self.storage_ok = false;
            self.draw_notice();
        }
    }

    /// Sets (or, with `None`, clears) the answer to question `id`.
    fn answer(&mut self, id: String, answer: Option<Answer>) {
        match answer {
            Some(a) => {
                self.draft.answers.insert(id, a);
            }
            None => {
                let answers = std::mem::take(&mut self.draft.answers);
                self.draft.answers = without(answers, &id);
            }
        }
        self.save();
    }

    /// Shows step `to` (within the survey), saves, and moves the focus there.
    fn go(&mut self, to: usize) {
        let to = to.min(self.last());
        if to == self.draft.step {
            return;
        }
        self.draft.step = to;
        self.save();
        self.draw();
        self.moved();
    }

    /// After a step change: the focus goes to the new step's heading (the
    /// old button is gone, and a screen reader then reads where the
    /// respondent is), and the host page hears where the respondent is,
    /// never what they answered.
    fn moved(&self) {
        // At once: the step is drawn, and a focus move left for later could
        // land after the respondent's next key press.
        dom::focus_first(&[format!("ap-{}-step-heading", self.widget)]);
        let (step, last) = (self.draft.step, self.last());
        let detail = format!(
            r#"{{"step":{},"of":{},"review":{}}}"#,
            step + 1,
            last + 1,
            step == last
        );
        self.emit("alignment-pulse:step", &detail);
    }

    fn draw_notice(&self) {
        dom::clear(&self.notice);
        if !self.storage_ok {
            let _ = self.notice.append_child(
                &El::new("p", "ap-notice")
                    .text(catalog(self.lang).storage_off)
                    .0,
            );
        }
    }

    /// Draws the survey: the notice, where the respondent is, the title, and
    /// after it the intro, the step and the navigation (or the thank-you page).
    fn draw(&mut self) {
        let (l, c) = (self.lang, catalog(self.lang));
        self.draw_notice();
        let mut extra = Extra::default();
        let inst = &self.instrument;
        dom::set_text(&self.title, inst.title.get(l));
        while let Some(next) = self.title.next_sibling() {
            let _ = self.root.remove_child(&next);
        }
        let s = self.draft.step;
        let last = self.last();
        let current = self.steps[s];
        let step_of = fill(c.step_of, &[&(s + 1).to_string(), &last.to_string()]);
        dom::set_text(
            &self.where_now,
            &match (&self.submitted, current) {
                (Some(_), _) => String::new(),
                (None, Step::Review) => c.review_title.to_owned(),
                (None, st) => format!("{step_of}: {}", step_title(inst, st, c, l)),
            },
        );
        let mut parts = Vec::new();
        if let Some(response) = &self.submitted {
            parts.push(self.thank_you(response, &mut extra));
        } else {
            if s == 0 {
                parts.push(
                    El::new("section", "ap-intro")
                        .at("aria-label", c.about_survey)
                        .kid(El::new("p", "ap-lead").text(inst.intro.get(l)))
                        .kid(
                            El::new("ul", "ap-facts")
                                .kid(El::new("li", "").text(&fill(
                                    c.facts,
                                    &[&inst.minutes.to_string(), &inst.item_count().to_string()],
                                )))
                                .kid(
                                    El::new("li", "")
                                        .text(&fill(c.anonymity, &[&self.k.to_string()])),
                                ),
                        ),
                );
            }
            let heading_id = format!("ap-{}-step-heading", self.widget);
            let heading = |text: &str| {
                El::new("h2", "ap-step-title")
                    .at("id", &heading_id)
                    .at("tabindex", "-1")
                    .text(text)
            };
            let progress = if current == Step::Review {
                c.review.to_owned()
            } else {
                step_of
            };
            let section = El::new("section", "ap-step")
                .at("aria-labelledby", &heading_id)
                .kid(El::new("p", "ap-progress").text(&progress));
            let section = match current {
                Step::Dimension(d) => {
                    let dim = &inst.dimensions[d];
                    let mut section = section.kid(heading(dim.title.get(l)));
                    for item in &dim.items {
                        section = section.kid(self.likert(&item.id, item.text.get(l)));
                    }
                    section
                }
                Step::Question(q) => {
                    let question = &inst.questions[q];
                    self.question(
                        section.kid(heading(question_title(question, c))),
                        question,
                        &mut extra,
                    )
                }
                Step::Review => section.kid(heading(c.review_title)).kids(self.review()),
            };
            parts.push(section);
            let primary = if s == last {
                button("ap-button ap-button-primary", c.submit).act("submit", "")
            } else {
                button("ap-button ap-button-primary", c.next).act("next", "")
            };
            parts.push(
                El::new("nav", "ap-nav")
                    .at("aria-label", c.steps_nav)
                    .kid(
                        button("ap-button ap-button-secondary", c.back)
                            .act("back", "")
                            .flag("disabled", s == 0),
                    )
                    .kid(primary),
            );
        }
        for part in parts {
            let _ = self.root.append_child(&part.0);
        }
        self.live = extra;
        if let Some(r) = &self.live.ranking {
            self.draw_ranking(r);
        }
        self.show_delivery();
    }

    /// A radio button and its label, checked when `checked`.
    fn radio(
        class: &str,
        name: &str,
        value: &str,
        label: &str,
        act: &str,
        arg: &str,
        checked: bool,
    ) -> El {
        let id = format!("{name}-{value}");
        let input = El::new("input", "ap-radio")
            .at("type", "radio")
            .at("id", &id)
            .at("name", name)
            .at("value", value)
            .act(act, arg);
        if checked {
            let _ = js_sys::Reflect::set(&input.0, &"checked".into(), &true.into());
        }
        El::new("div", class).kid(input).kid(
            El::new("label", "ap-point-label")
                .at("for", &id)
                .text(label),
        )
    }

    /// One Likert statement as a native radio group: a fieldset whose legend
    /// is the statement, one labelled radio per scale point and "prefer not
    /// to say". Native radios give arrow-key navigation and screen-reader
    /// semantics for free.
    fn likert(&self, id: &str, text: &str) -> El {
        let l = self.lang;
        let name = format!("ap-{}-{id}", self.widget);
        let answer = self.draft.answers.get(id);
        let mut scale = El::new("div", "ap-scale");
        for (i, label) in self.instrument.scale.labels.iter().enumerate() {
            let v = (i + 1) as i64;
            let checked = answer == Some(&Answer::Number(v));
            scale = scale.kid(Self::radio(
                "ap-point",
                &name,
                &v.to_string(),
                label.get(l),
                "likert",
                id,
                checked,
            ));
        }
        let skipped = self.draft.skipped.iter().any(|s| s == id);
        El::new("fieldset", "ap-item")
            .at("data-item", id)
            .kid(El::new("legend", "ap-item-text").text(text))
            .kid(scale)
            .kid(Self::radio(
                "ap-skip",
                &name,
                "skip",
                catalog(l).prefer_not,
                "likert",
                id,
                skipped,
            ))
    }

    /// A question other than a Likert item, on its own step, after `section`'s heading.
    fn question(&self, section: El, question: &Question, extra: &mut Extra) -> El {
        let (l, c) = (self.lang, catalog(self.lang));
        let id = question.id();
        let name = format!("ap-{}-{id}", self.widget);
        let current = self.draft.answers.get(id);
        match question {
            Question::Enps { text, .. } => {
                let hint_id = format!("{name}-hint");
                let mut points = El::new("div", "ap-scale ap-scale-11");
                for v in 0..=10i64 {
                    let checked = current == Some(&Answer::Number(v));
                    let v = v.to_string();
                    points = points.kid(Self::radio(
                        "ap-point ap-point-compact",
                        &name,
                        &v,
                        &v,
                        "enps",
                        id,
                        checked,
                    ));
                }
                section.kid(
                    El::new("fieldset", "ap-item")
                        .at("aria-describedby", &hint_id)
                        .kid(El::new("legend", "ap-item-text").text(text.get(l)))
                        .kid(El::new("p", "ap-hint").at("id", &hint_id).text(c.enps_hint))
                        .kid(points),
                )
            }
            Question::Segment { text, options, .. } => {
                let mut choices = El::new("div", "ap-choices");
                for o in options {
                    let checked = matches!(current, Some(Answer::Text(t)) if *t == o.id);
                    choices = choices.kid(Self::radio(
                        "ap-point ap-point-wide",
                        &name,
                        &o.id,
                        o.label.get(l),
                        "segment",
                        id,
                        checked,
                    ));
                }
                section.kid(
                    El::new("fieldset", "ap-item")
                        .kid(El::new("legend", "ap-item-text").text(text.get(l)))
                        .kid(choices),
                )
            }
            Question::DecisionRights {
                text,
                decisions,
                roles,
                ..
            } => {
                let mut section = section.kid(El::new("p", "ap-item-text").text(text.get(l)));
                for decision in decisions {
                    let select_id = format!("{name}-{}", decision.id);
                    let mut select = El::new("select", "ap-select")
                        .at("id", &select_id)
                        .act("owner", id)
                        .at("data-ap-decision", &decision.id)
                        .kid(El::new("option", "").at("value", "").text(c.choose_owner));
                    for r in roles {
                        select = select.kid(
                            El::new("option", "")
                                .at("value", &r.id)
                                .text(r.label.get(l)),
                        );
                    }
                    if let Some(Answer::Owners(o)) = current {
                        let chosen = o.get(&decision.id).map_or("", String::as_str);
                        let _ = js_sys::Reflect::set(&select.0, &"value".into(), &chosen.into());
                    }
                    section = section.kid(
                        El::new("div", "ap-field")
                            .kid(
                                El::new("label", "ap-field-label")
                                    .at("for", &select_id)
                                    .text(decision.label.get(l)),
                            )
                            .kid(select),
                    );
                }
                section
            }
            Question::Ranking {
                text, top, objects, ..
            } => {
                let top = *top as usize;
                let (ranked_id, open_id) = (format!("{name}-ranked"), format!("{name}-options"));
                let ranked = El::new("ol", "ap-rank").at("aria-labelledby", &ranked_id);
                let open = El::new("ul", "ap-rank").at("aria-labelledby", &open_id);
                let said = El::new("p", "ap-visually-hidden")
                    .at("role", "status")
                    .at("aria-live", "polite");
                extra.ranking = Some(Ranking {
                    id: id.to_owned(),
                    top,
                    objects: objects
                        .iter()
                        .map(|o| (o.id.clone(), o.label.get(l).to_owned()))
                        .collect(),
                    ranked: ranked.0.clone(),
                    open: open.0.clone(),
                    said: said.0.clone(),
                });
                let section = section
                    .kid(El::new("p", "ap-item-text").text(text.get(l)))
                    .kid(El::new("p", "ap-hint").text(&fill(c.rank_hint, &[&top.to_string()])))
                    .kid(
                        El::new("h3", "ap-subhead")
                            .at("id", &ranked_id)
                            .text(c.your_ranking),
                    )
                    .kid(ranked)
                    .kid(
                        El::new("h3", "ap-subhead")
                            .at("id", &open_id)
                            .text(c.options),
                    )
                    .kid(open)
                    .kid(said);
                section
            }
            Question::Comment {
                text, max_chars, ..
            } => {
                let hint_id = format!("{name}-hint");
                let limit = max_chars.to_string();
                let value = match current {
                    Some(Answer::Text(t)) => t.as_str(),
                    _ => "",
                };
                let n = value.chars().count().to_string();
                let count = El::new("span", "").text(&fill(c.characters, &[&n, &limit]));
                let area = El::new("textarea", "ap-textarea")
                    .at("id", &name)
                    .at("rows", "5")
                    .at("maxlength", &limit)
                    .at("aria-describedby", &hint_id)
                    .act("comment", id);
                let _ = js_sys::Reflect::set(&area.0, &"value".into(), &value.into());
                extra.count = Some(count.0.clone());
                section.kid(
                    El::new("div", "ap-field")
                        .kid(
                            El::new("label", "ap-field-label")
                                .at("for", &name)
                                .text(text.get(l)),
                        )
                        .kid(
                            El::new("p", "ap-hint")
                                .at("id", &hint_id)
                                .text(c.comment_hint)
                                .text(" ")
                                .kid(count),
                        )
                        .kid(area),
                )
            }
        }
    }

    /// The review: which steps still have open questions, with a way back.
    fn review(&self) -> Vec<El> {
        let (l, c) = (self.lang, catalog(self.lang));
        let inst = &self.instrument;
        let mut list = El::new("ul", "ap-review");
        let mut open_steps = 0;
        for (n, &st) in self.steps.iter().enumerate() {
            let open = unanswered(inst, &self.draft, st).len();
            if open == 0 {
                continue;
            }
            open_steps += 1;
            let what = if open == 1 {
                c.one_open.to_owned()
            } else {
                fill(c.many_open, &[&open.to_string()])
            };
            let number = (n + 1).to_string();
            list = list.kid(
                El::new("li", "")
                    .kid(El::new("span", "").text(&fill(
                        c.review_line,
                        &[&number, &step_title(inst, st, c, l), &what],
                    )))
                    .kid(
                        button(
                            "ap-button ap-button-secondary ap-button-small",
                            &fill(c.go_to_step, &[&number]),
                        )
                        .act("go", &n.to_string()),
                    ),
            );
        }
        if open_steps == 0 {
            return vec![El::new("p", "ap-lead").text(c.all_answered)];
        }
        vec![El::new("p", "ap-lead").text(c.some_open), list]
    }

    /// After submit: thanks, where the response stands on its way to the
    /// submit URL, and the response as a file or a code for the facilitator.
    fn thank_you(&self, response: &Response, extra: &mut Extra) -> El {
        let c = catalog(self.lang);
        let id = format!("ap-{}-done", self.widget);
        let code_id = format!("{id}-code");
        // Whether the outbox has (or had) this response: a submit URL is set.
        let submitting = outbox::status(&response.id.to_string()).is_some();
        let json = response.to_json();
        let delivery = El::new("p", "ap-status ap-delivery")
            .at("role", "status")
            .at("aria-live", "polite");
        let copied = El::new("p", "ap-status")
            .at("role", "status")
            .at("aria-live", "polite");
        let code = El::new("details", "ap-code")
            .kid(El::new("summary", "").text(c.response_code))
            .kid(
                El::new("label", "ap-visually-hidden")
                    .at("for", &code_id)
                    .text(c.response_code),
            )
            .kid(
                El::new("textarea", "ap-textarea")
                    .at("id", &code_id)
                    .flag("readonly", true)
                    .at("rows", "4")
                    .text(&json),
            );
        (extra.delivery, extra.copied, extra.code) = (
            Some(delivery.0.clone()),
            Some(copied.0.clone()),
            Some(code.0.clone()),
        );
        let mut actions = El::new("p", "ap-actions");
        if let Some(href) = browser::json_file_url(&json) {
            actions = actions.kid(
                El::new("a", "ap-button ap-button-primary")
                    .at("href", &href)
                    .at("download", "alignment-pulse-response.json")
                    .text(c.download_response),
            );
        }
        El::new("section", "ap-step ap-done")
            .at("aria-labelledby", &id)
            .kid(
                El::new("h2", "ap-step-title")
                    .at("id", &id)
                    .at("tabindex", "-1")
                    .text(c.thank_you),
            )
            .kid(El::new("p", "ap-lead").text(if submitting {
                c.thank_you_submit_text
            } else {
                c.thank_you_text
            }))
            .kid(delivery)
            .kid(
                actions
                    .kid(button("ap-button ap-button-secondary", c.copy_code).act("copy", ""))
                    .kid(button("ap-button ap-button-secondary", c.start_over).act("again", "")),
            )
            .kid(copied)
            .kid(code)
    }

    /// The thank-you page's delivery status, as the outbox has it now.
    fn show_delivery(&self) {
        let (Some(el), Some(response)) = (&self.live.delivery, &self.submitted) else {
            return;
        };
        let c = catalog(self.lang);
        let text = match outbox::status(&response.id.to_string()) {
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
        };
        dom::set_text(el, &text);
    }

    /// The order ranked so far.
    fn order(&self, id: &str) -> Vec<String> {
        match self.draft.answers.get(id) {
            Some(Answer::Order(o)) => o.clone(),
            _ => Vec::new(),
        }
    }

    /// Draws the ranking's two lists from the draft: the ranked objects with
    /// up, down and remove; the others with add (disabled once `top` are ranked).
    fn draw_ranking(&self, r: &Ranking) {
        let c = catalog(self.lang);
        let order = self.order(&r.id);
        let label = |object: &str| {
            r.objects
                .iter()
                .find(|(id, _)| id == object)
                .map_or("", |(_, label)| label.as_str())
        };
        let small = "ap-button ap-button-secondary ap-button-small";
        let prefix = format!("ap-{}-{}", self.widget, r.id);
        let action = |object: &str, act: &str, text: &str, aria: &str, name: &str| {
            button(small, text)
                .at("id", &format!("{prefix}-{object}-{act}"))
                .at("aria-label", &fill(aria, &[name]))
                .act(act, object)
        };
        dom::clear(&r.ranked);
        if order.is_empty() {
            let _ = r.ranked.append_child(
                &El::new("li", "ap-rank-item ap-hint")
                    .text(c.nothing_ranked)
                    .0,
            );
        }
        let n = order.len();
        for (pos, object) in order.iter().enumerate() {
            let name = label(object);
            let item = El::new("li", "ap-rank-item")
                .kid(El::new("span", "ap-rank-label").text(&format!("{}. {name}", pos + 1)))
                .kid(
                    El::new("span", "ap-rank-actions")
                        .kid(action(object, "up", c.up, c.move_up, name).flag("disabled", pos == 0))
                        .kid(
                            action(object, "down", c.down, c.move_down, name)
                                .flag("disabled", pos + 1 == n),
                        )
                        .kid(action(
                            object,
                            "remove",
                            c.remove,
                            c.remove_from_ranking,
                            name,
                        )),
                );
            let _ = r.ranked.append_child(&item.0);
        }
        dom::clear(&r.open);
        for (object, name) in r.objects.iter().filter(|(o, _)| !order.contains(o)) {
            let item = El::new("li", "ap-rank-item")
                .kid(El::new("span", "ap-rank-label").text(name))
                .kid(
                    action(object, "add", c.add, c.add_to_ranking, name)
                        .flag("disabled", n >= r.top),
                );
            let _ = r.open.append_child(&item.0);
        }
    }

    /// Ranks by buttons, by keyboard or touch: adds an object, moves it up
    /// or down, removes it. Each move is announced, and the keyboard focus
    /// follows the object (or the next option after "Add").
    fn rank(&mut self, act: &str, object: &str) {
        let Some(r) = self.live.ranking.take() else {
            return;
        };
        let c = catalog(self.lang);
        let mut order = self.order(&r.id);
        let name = r
            .objects
            .iter()
            .find(|(id, _)| id == object)
            .map_or(String::new(), |(_, label)| label.clone());
        let at = order.iter().position(|x| x == object);
        let prefix = format!("ap-{}-{}", self.widget, r.id);
        let id = |o: &str, act: &str| format!("{prefix}-{o}-{act}");
        let (said, focus) = match (act, at) {
            ("up", Some(i)) if i > 0 => {
                order.swap(i, i - 1);
                (
                    fill(c.moved_to, &[&name, &i.to_string()]),
                    vec![id(object, "up"), id(object, "down")],
                )
            }
            ("down", Some(i)) if i + 1 < order.len() => {
                order.swap(i, i + 1);
                (
                    fill(c.moved_to, &[&name, &(i + 2).to_string()]),
                    vec![id(object, "down"), id(object, "up")],
                )
            }
            ("remove", Some(i)) => {
                order.remove(i);
                (fill(c.removed, &[&name]), vec![id(object, "add")])
            }
            ("add", None) if order.len() < r.top => {
                // After "Add", the focus goes to the option that takes this
                // one's place, else the one before, else the added object.
                let open: Vec<&str> = r
                    .objects
                    .iter()
                    .map(|(o, _)| o.as_str())
                    .filter(|o| !order.iter().any(|x| x == o))
                    .collect();
                let here = open.iter().position(|o| *o == object).unwrap_or(0);
                order.push(object.to_owned());
                let place = order.len();
                let mut focus: Vec<String> = if place < r.top {
                    open.iter()
                        .skip(here + 1)
                        .chain(open.iter().take(here).rev())
                        .map(|o| id(o, "add"))
                        .collect()
                } else {
                    Vec::new()
                };
                focus.extend([id(object, "remove"), id(object, "up")]);
                (fill(c.added_at, &[&name, &place.to_string()]), focus)
            }
            _ => {
                self.live.ranking = Some(r);
                return;
            }
        };
        let answer = (!order.is_empty()).then_some(Answer::Order(order));
        self.answer(r.id.clone(), answer);
        self.draw_ranking(&r);
        dom::set_text(&r.said, &said);
        // At once, not after the next frame: the focused button is gone, and
        // a quick second key press must land on the button that follows.
        dom::focus_first(&focus);
        self.live.ranking = Some(r);
    }
}

/// `map` without `key`. Rebuilt by insertion rather than by
/// `BTreeMap::remove`, whose rebalancing code would cost the respondent's
/// wasm 3.4 KB gzip for its two map types (measured); a draft has a few
/// dozen answers, a decision-rights answer a handful of owners.
fn without<V>(map: BTreeMap<String, V>, key: &str) -> BTreeMap<String, V> {
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

/// What a drawing hands back to [`State`] besides the elements it appends:
/// the parts that change without a redraw (the comment's character count,
/// the ranking, and on the thank-you page the delivery status, the copy
/// status and the response code).
#[derive(Default)]
struct Extra {
    count: Option<Element>,
    ranking: Option<Ranking>,
    delivery: Option<Element>,
    copied: Option<Element>,
    code: Option<Element>,
}

/// `s` as a JSON string literal.
pub(crate) fn json_string(s: &str) -> String {
    // A string always serializes.
    serde_json::to_string(s).unwrap_or_default()
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

/// Why a response is not sent yet, in the respondent's words.
pub(crate) fn why_text(c: &Catalog, why: Why) -> String {
    match why {
        Why::Offline => c.offline.to_owned(),
        Why::Failed(Undelivered::Unreachable) => c.unreachable.to_owned(),
        Why::Failed(Undelivered::Status(code)) => fill(c.server_answered, &[&code.to_string()]),
    }
}
