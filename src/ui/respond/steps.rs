//! The survey's screens: one per dimension and per other question, then
//! the review; and what is still unanswered on each.

use crate::model::instrument::{Instrument, Question};
use crate::ui::respond::draft::Draft;

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
