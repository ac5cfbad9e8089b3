//! The builder's state, one `Copy` value every part of its view reads: the
//! draft being built (none on the start page), the key it is kept under,
//! its shape (what the view's structure is drawn from, so that typing
//! redraws no field) and its problems by field.

use leptos::prelude::*;

use crate::error::FileError;
use crate::model::draft::{self, field_key, Draft, Edit, Kind, List};
use crate::ui::context::use_lang;
use crate::ui::platform::drafts::{self, How};
use crate::ui::platform::sessions::{Changes, Failure};
use crate::words::store::failure_text;
use crate::words::tools::{tools_catalog, ToolsCatalog};
use crate::words::workspace_catalog;

/// What the view's structure is drawn from: the languages, the scale's
/// points, each practice's number of statements, each question's kind and
/// its lists' lengths. Typing changes none of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Shape {
    pub languages: Vec<String>,
    pub points: usize,
    pub practices: Vec<usize>,
    pub questions: Vec<(Kind, Vec<(List, usize)>)>,
}

fn shape_of(d: &Draft) -> Shape {
    let inst = &d.instrument;
    Shape {
        languages: d.languages.clone(),
        points: inst.scale.labels.len(),
        practices: inst.dimensions.iter().map(|p| p.items.len()).collect(),
        questions: inst
            .questions
            .iter()
            .map(|q| {
                let kind = draft::kind_of(q);
                let lists = kind
                    .lists()
                    .iter()
                    .map(|l| (*l, draft::choices(q, *l).len()));
                (kind, lists.collect())
            })
            .collect(),
    }
}

/// An instrument to start from or to take practices from: a built-in one
/// (its id its name; fetched, or why not) or a stored session's (named by
/// its title, id and version).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Source {
    pub name: String,
    pub builtin: bool,
    pub instrument: Result<crate::model::instrument::Instrument, String>,
}

/// A problem of the draft: the key of its field, its path and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Problem {
    pub key: String,
    pub path: String,
    pub what: String,
}

fn problems_of(d: &Draft) -> Vec<Problem> {
    d.instrument
        .problems()
        .into_iter()
        .map(|e| match e {
            FileError::Invalid { path, problem } => Problem {
                key: field_key(&path),
                what: problem.to_string(),
                path,
            },
            other => Problem {
                key: String::new(),
                path: String::new(),
                what: other.to_string(),
            },
        })
        .collect()
}

/// The builder's state.
#[derive(Clone, Copy)]
pub(super) struct Builder {
    pub lang: RwSignal<&'static str>,
    /// The widget's number, the first part of every field's id.
    pub w: u32,
    pub draft: RwSignal<Option<Draft>>,
    /// The key the draft is kept under in the browser's database.
    pub key: StoredValue<String>,
    pub shape: Memo<Shape>,
    pub problems: Memo<Vec<Problem>>,
    /// What the last step said (a store's failure, a publication).
    pub notice: RwSignal<Option<String>>,
    /// Edits made here, counted: another tab's draft is taken only when
    /// none was made while it was read.
    edits: StoredValue<u64>,
}

impl Builder {
    pub fn new(w: u32) -> Builder {
        let draft = RwSignal::new(None::<Draft>);
        Builder {
            lang: use_lang(),
            w,
            draft,
            key: StoredValue::new(String::new()),
            shape: Memo::new(move |_| draft.with(|d| d.as_ref().map(shape_of).unwrap_or_default())),
            problems: Memo::new(move |_| {
                draft.with(|d| d.as_ref().map(problems_of).unwrap_or_default())
            }),
            notice: RwSignal::new(None),
            edits: StoredValue::new(0),
        }
    }

    pub fn words(self) -> &'static ToolsCatalog {
        tools_catalog(self.lang.try_get_untracked().unwrap_or("en"))
    }

    /// The id of the field whose key is `key` (see `draft::field_key`).
    pub fn field_id(self, key: &str) -> String {
        format!("ap-{}-b-{key}", self.w)
    }

    /// The problem at the field of `key`, if any.
    pub fn problem_at(self, key: &str) -> Option<String> {
        self.problems
            .with(|p| p.iter().find(|p| p.key == key).map(|p| p.what.clone()))
    }

    /// Reads the draft, if there is one.
    pub fn read<T: Default>(self, f: impl FnOnce(&Draft) -> T) -> T {
        self.draft
            .try_with(|d| d.as_ref().map(f))
            .flatten()
            .unwrap_or_default()
    }

    /// Starts building `draft`, kept under a new key.
    pub fn start(self, draft: Draft) {
        let key = crate::ui::platform::crypto::random_id().to_string();
        self.open(key, draft, How::New);
    }

    /// Shows `draft`, kept under `key` as `how` says; where the draft kept
    /// is another (a list read before another tab's edits), that one.
    pub fn open(self, key: String, draft: Draft, how: How<'static, Edit>) {
        self.key.set_value(key.clone());
        self.notice.set(None);
        self.draft.set(Some(draft.clone()));
        let before = self.edits.get_value();
        leptos::task::spawn_local(async move {
            match drafts::change(&key, &draft, how).await {
                Ok(kept) => self.take(kept, before),
                Err(f) => self.failed(f),
            }
        });
    }

    /// Shows `kept` (the draft as kept, with another tab's edits) where it
    /// differs from this tab's and no edit was made here since `before`.
    fn take(self, kept: Draft, before: u64) {
        if self.edits.try_get_value() != Some(before) {
            return;
        }
        let same = self.read(|d| {
            d.instrument == kept.instrument
                && d.languages == kept.languages
                && d.published == kept.published
        });
        if !same {
            self.draft.try_update(|d| {
                if let Some(d) = d {
                    d.adopt(kept);
                }
            });
        }
    }

    /// Changes the draft here by `f`, counted as an edit; what `f` gives.
    fn change_here<T>(self, f: impl FnOnce(&mut Draft) -> T) -> Option<T> {
        self.edits.update_value(|n| *n += 1);
        let mut out = None;
        self.draft.update(|d| out = d.as_mut().map(f));
        out
    }

    /// Applies `edit` here and to the draft kept.
    pub fn edit(self, edit: Edit) {
        // The draft before the edit, kept with the edit where none is kept.
        let before = self.change_here(|d| {
            let before = d.kept();
            d.apply(edit.clone());
            before
        });
        let (key, Some(before)) = (self.key.get_value(), before) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(f) = drafts::change(&key, &before, How::Edit(&edit)).await {
                self.failed(f);
            }
        });
    }

    /// Undo (`back`) or redo, here and in the draft kept.
    pub fn step(self, back: bool) {
        let moved = self.change_here(|d| if back { d.undo() } else { d.redo() });
        if moved == Some(true) {
            self.replace();
        }
    }

    /// Keeps the draft as it is here, in place of the one kept.
    pub fn replace(self) {
        let key = self.key.get_value();
        let Some(now) = self.read(|d| Some(d.kept())) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(f) = drafts::change(&key, &now, How::Replace).await {
                self.failed(f);
            }
        });
    }

    /// Takes the draft as kept, with another tab's edits, where no edit was
    /// made here while it was read.
    pub fn listen(self) -> Changes {
        drafts::changes(move |changed| {
            if changed != self.key.get_value() {
                return;
            }
            let before = self.edits.get_value();
            leptos::task::spawn_local(async move {
                match drafts::load(&changed).await {
                    Ok(Some(kept)) => self.take(kept, before),
                    // Removed in another tab: this tab keeps it open, and
                    // keeps it again at its next edit.
                    Ok(None) => {}
                    Err(f) => self.failed(f),
                }
            });
        })
    }

    pub fn failed(self, f: Failure) {
        let c = workspace_catalog(self.lang.try_get_untracked().unwrap_or("en"));
        self.notice.try_set(Some(failure_text(c, &f)));
    }
}
