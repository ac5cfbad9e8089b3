//! The charter panel's state ([`Panel`]) and the parts its forms are made
//! of, shared by the charter ([`super::charter`]), its decision log
//! ([`super::decision_log`]) and its actions ([`super::actions`]): every
//! change one [`Edit`] kept through [`charters::change`].
//!
//! (Size: the panel's state is one `Copy` value with methods, and its
//! repeated parts are functions called again, not views written again:
//! size rule "views as functions".)

use leptos::prelude::*;

use crate::model::charter::edit::Edit;
use crate::model::charter::Charter;
use crate::ui::platform::charters::How;
use crate::ui::platform::sessions::Failure;
use crate::ui::platform::{charters, files};
use crate::words::results::{results_catalog, ResultsCatalog};
use crate::words::store::failure_text;
use crate::words::workspace_catalog;

/// The panel's state.
#[derive(Clone, Copy)]
pub(super) struct Panel {
    /// The sprint's baseline session id, which the charter is kept under.
    pub(super) id: StoredValue<String>,
    pub(super) charter: RwSignal<Option<Charter>>,
    /// The purpose as kept, apart, so that another tab's change to anything
    /// else leaves a purpose being written here as it is.
    pub(super) purpose: RwSignal<String>,
    pub(super) problem: RwSignal<Option<String>>,
    pub(super) notice: RwSignal<Option<&'static str>>,
    pub(super) lang: RwSignal<&'static str>,
    /// The widget's number, for the ids of the panel's controls.
    pub(super) w: u32,
}

impl Panel {
    pub(super) fn words(self) -> &'static ResultsCatalog {
        results_catalog(self.lang.get_untracked())
    }

    pub(super) fn show(self, kept: Charter) {
        if self
            .charter
            .with_untracked(|c| c.as_ref().is_none_or(|c| c.purpose != kept.purpose))
        {
            self.purpose.set(kept.purpose.clone());
        }
        self.charter.set(Some(kept));
    }

    pub(super) fn failed(self, f: Failure) {
        self.problem.set(Some(failure_text(
            workspace_catalog(self.lang.get_untracked()),
            &f,
        )));
    }

    /// Keeps `fresh` or applies an edit, as `how` says ([`charters::change`]).
    pub(super) async fn keep(self, fresh: Charter, how: How<'_, Edit>) {
        match charters::change(&self.id.get_value(), &fresh, how).await {
            Ok(kept) => {
                self.problem.set(None);
                self.show(kept);
            }
            Err(f) => self.failed(f),
        }
    }

    pub(super) fn edit(self, e: Edit) {
        leptos::task::spawn_local(async move {
            if let Some(fresh) = self.charter.get_untracked() {
                self.keep(fresh, How::Edit(&e)).await;
            }
        });
    }

    /// What this device keeps; a sprint file's charter (`embedded`) is kept
    /// where none was.
    pub(super) fn load(self, embedded: Option<Charter>) {
        leptos::task::spawn_local(async move {
            match charters::load(&self.id.get_value()).await {
                Ok(Some(kept)) => {
                    if embedded.is_some_and(|e| e != kept) {
                        self.notice.set(Some(self.words().charter_kept));
                    }
                    self.show(kept);
                }
                Ok(None) => {
                    if let Some(e) = embedded {
                        self.keep(e, How::New).await;
                    }
                }
                Err(f) => self.failed(f),
            }
        });
    }
}

/// A button that runs `on`.
pub(super) fn button(
    label: String,
    aria: Option<String>,
    class: &'static str,
    on: Box<dyn Fn()>,
) -> AnyView {
    view! { <button type="button" class=class aria-label=aria on:click=move |_| on()>{label}</button> }.into_any()
}

pub(super) const SMALL: &str = "ap-button ap-button-secondary ap-button-small";

/// A labelled input of `kind` ("text", "date"), its value in `value`.
pub(super) fn field(
    id: String,
    label: &'static str,
    kind: &'static str,
    value: RwSignal<String>,
) -> AnyView {
    view! {
        <div class="ap-field">
            <label class="ap-field-label" for=id.clone()>{label}</label>
            <input class="ap-input" type=kind id=id maxlength="300" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
    .into_any()
}

/// A heading of the panel's parts.
pub(super) fn subhead(text: &'static str) -> AnyView {
    view! { <h3 class="ap-subhead">{text}</h3> }.into_any()
}

/// A line of a list with a button that removes it.
pub(super) fn item(text: String, aria: String, panel: Panel, gone: Edit) -> AnyView {
    view! {
        <li class="ap-charter-item">
            <span>{text}</span>
            {button("×".to_owned(), Some(aria), SMALL, Box::new(move || panel.edit(gone.clone())))}
        </li>
    }
    .into_any()
}

/// A download of the charter as `f` writes it.
pub(super) fn download(
    label: &'static str,
    panel: Panel,
    name: String,
    media: &'static str,
    f: fn(&Charter, &'static str) -> String,
) -> AnyView {
    button(
        label.to_owned(),
        None,
        SMALL,
        Box::new(move || {
            let l = panel.lang.get_untracked();
            if let Some(text) = panel
                .charter
                .with_untracked(|c| c.as_ref().map(|c| f(c, l)))
            {
                files::download(&text, media, &name);
            }
        }),
    )
}

/// A field of a logged decision or an action as its form names it.
fn field_label(edit: &Edit, field: &str, r: &'static ResultsCatalog) -> &'static str {
    let action = matches!(edit, Edit::Act(_));
    match field {
        "title" => r.log_title,
        "decision" => r.log_decision,
        "owner" => r.log_owner,
        "date" if action => r.action_agreed,
        "date" => r.log_date,
        "review" => r.log_review,
        "what" => r.action_what,
        "due" => r.action_due,
        "practice" => r.action_practice,
        "target" => r.action_target,
        "level_at_least" => r.action_level,
        _ => r.log_about,
    }
}

/// Why the charter would refuse `edit` ([`Charter::refuses`]), each
/// problem at its field in the form's words ("Due: …"); `None` where it
/// takes it.
pub(super) fn refused_text(
    panel: Panel,
    edit: &Edit,
    r: &'static ResultsCatalog,
) -> Option<String> {
    let refused = panel
        .charter
        .with_untracked(|c| c.as_ref().map(|c| c.refuses(edit)))?;
    let lines: Vec<String> = refused
        .iter()
        .map(|(field, problem)| format!("{}: {problem}", field_label(edit, field, r)))
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}

/// A table of the charter's (its log, its actions): labelled `label`,
/// `data-list=list`, a head a column, and its rows ([`row`]). One code path
/// for every such table (size rule "views as functions").
pub(super) fn listing(
    label: &'static str,
    list: &'static str,
    heads: &[&'static str],
    rows: Vec<AnyView>,
) -> AnyView {
    let heads = heads
        .iter()
        .map(|h| view! { <th scope="col" class="ap-left">{*h}</th> })
        .collect_view();
    view! {
        <div class="ap-table-wrap" role="region" aria-label=label tabindex="0">
            <table class="ap-table ap-listing" data-list=list>
                <caption class="ap-visually-hidden">{label}</caption>
                <thead><tr>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A row of a [`listing`]: `data-id=id`, its first cell a row header.
pub(super) fn row(id: String, head: AnyView, cells: Vec<AnyView>) -> AnyView {
    view! { <tr data-id=id><th scope="row" class="ap-left ap-wrap">{head}</th>{cells}</tr> }
        .into_any()
}

/// A cell of a [`row`], `data-stat=stat`.
pub(super) fn cell(stat: &'static str, content: AnyView) -> AnyView {
    view! { <td class="ap-left ap-wrap" data-stat=stat>{content}</td> }.into_any()
}

/// A mark beside a date, in words (never colour alone): "overdue", "review
/// date passed" (`data-mark=kind`), where `on`.
pub(super) fn mark(kind: &'static str, word: &'static str, on: bool) -> AnyView {
    on.then(|| view! { " " <strong class="ap-mark" data-mark=kind>{word}</strong> })
        .into_any()
}
