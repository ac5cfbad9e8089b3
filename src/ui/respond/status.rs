//! Where a response stands, in the respondent's words.

use crate::ui::respond::outbox::{Delivery, Why};
use crate::words::{fill, Catalog};

/// Why a response is not sent yet, in the respondent's words.
pub(crate) fn why_text(c: &Catalog, why: Why) -> String {
    use crate::ui::platform::net::{Undelivered, POST_TIMEOUT_MS};
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
pub(super) fn delivery_text(c: &Catalog, delivery: Option<Delivery>) -> String {
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
