//! A session's response rate, as a summary publishes it: [`Participation`].
//!
//! The rate is n over the number invited ([`crate::model::invited`]), in
//! percent: `rate = 100 · n / invited`, the response rate of AAPOR's
//! *Standard Definitions* (2023, §3, RR1: completed responses over all
//! those eligible and invited) for a pulse whose every response counts as
//! complete. Overall it adds nothing to what the summary publishes (n is
//! always published). A team's rate is its n over the team's invited, so
//! it is published only where the team's n is: where the anonymity rules
//! withhold the team ([`crate::scoring::anonymity`]), its rate is withheld
//! too, with the same reason, and only its number invited (the
//! facilitator's count) is shown. A rate above 100 (more responses than
//! invited) is published as it is: the number invited was set too low.

use serde::{Deserialize, Serialize};

use crate::model::instrument::Instrument;
use crate::model::invited::{team_options, Invited};
use crate::scoring::anonymity::Withheld;

/// The response rate, overall and per team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Participation {
    /// How many were invited.
    pub invited: usize,
    /// 100 · n / invited.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub rate: f64,
    /// The teams whose number invited was recorded, in the team
    /// question's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<TeamRate>,
}

/// One team's response rate, or why it is withheld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TeamRate {
    pub id: String,
    pub invited: usize,
    /// The team's n, where the team is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<usize>,
    /// 100 · n / invited, where the team is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::option")
    )]
    pub rate: Option<f64>,
    /// Why its n and rate are absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

/// `100 · n / invited`.
pub fn rate(n: usize, invited: usize) -> f64 {
    100.0 * n as f64 / invited as f64
}

impl Participation {
    /// The rates of a session of `instrument` that invited `invited` and
    /// had `n` responses, each team's n as the summary shows it
    /// (`team(id)`: its n, or why it is withheld).
    pub fn of(
        invited: &Invited,
        instrument: &Instrument,
        n: usize,
        team: &dyn Fn(&str) -> Result<usize, Withheld>,
    ) -> Participation {
        let teams = team_options(instrument)
            .unwrap_or_default()
            .iter()
            .filter_map(|option| {
                let invited = *invited.teams.get(&option.id)?;
                let shown = team(&option.id);
                Some(TeamRate {
                    id: option.id.clone(),
                    invited,
                    n: shown.ok(),
                    rate: shown.ok().map(|n| rate(n, invited)),
                    withheld: shown.err(),
                })
            })
            .collect();
        Participation {
            invited: invited.total,
            rate: rate(n, invited.total),
            teams,
        }
    }
}

impl Participation {
    /// The rates in words, overall then each team: "60% of 20 invited;
    /// Executive team: 75% of 8 invited; Finance: 4 invited, rate
    /// withheld", with `of` ("{0} of {1} invited") and `withheld` ("{0}
    /// invited, rate withheld") in the reader's language, the numbers as
    /// `locale` writes them and each team named by `label`.
    pub fn words(
        &self,
        locale: crate::present::format::Locale,
        label: &dyn Fn(&str) -> String,
        of: &str,
        withheld: &str,
    ) -> String {
        let fill = crate::words::fill;
        let mut parts = vec![fill(
            of,
            &[&locale.percent(self.rate), &self.invited.to_string()],
        )];
        for team in &self.teams {
            let said = match team.rate {
                Some(rate) => fill(of, &[&locale.percent(rate), &team.invited.to_string()]),
                None => fill(withheld, &[&team.invited.to_string()]),
            };
            parts.push(format!("{}: {said}", label(&team.id)));
        }
        parts.join("; ")
    }
}
