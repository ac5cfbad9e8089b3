//! An alignment sprint: a small group tries the practices for a defined
//! period and is measured before, during and after; here, the sessions of
//! those measurements as the waves of one sprint, and each practice
//! across them.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/sprint",
//!   "version": 2,
//!   "sprint": {
//!     "name": "Q3 to Q1",
//!     "waves": [{"stage": "baseline", "summary": {…}}, {"stage": "mid", …}, {"stage": "end", …}],
//!     "practices": [{"id": "purpose", "title": {…}, "points": [{"n": 12, "level": {…},
//!                    "alignment": {…}, "quadrant": "split"}, …],
//!                    "changes": [null, {"level": {…}, "alignment": {…}, "crossing": "split_to_aligned",
//!                                "reading": "higher", "p_adjusted": {…}, "n_from": 12, "n_to": 16,
//!                                "who_changed": true}, …]}],
//!     "steps": [{comparison of wave 2 against wave 1}, {wave 3 against wave 2}],
//!     "still_split": ["incentives"],
//!     "charter": {the sprint's charter, as a charter file holds it}
//!   }
//! }
//! ```
//!
//! The waves are the sessions' summaries, in date order (a tie by session
//! id); the first is the baseline, the last the end, any between mid. What
//! follows them is worked out from them alone ([`Sprint::of`]), so a file
//! is read back by working it out again: a sprint whose figures do not
//! follow from its waves is refused, as is a wave whose summary could not
//! be true ([`crate::scoring::summary::check`]).
//!
//! - A practice is matched across waves by its dimension id, as a
//!   comparison matches them; a wave whose instrument does not have it has
//!   no point there (`null`). So the practices of two instruments (the
//!   Leadership Alignment Pulse's ten and Team Psychological Safety's one)
//!   are never averaged together, nor compared with one another.
//! - A practice is compared across two waves only where it measures the
//!   same thing in both (the same [`crate::scoring::fingerprint`]): where the
//!   statements, their wording or the scale changed, or a wave is a summary
//!   of an earlier format, its change is `null` and the step's comparison
//!   says why in `not_compared` ([`Sprint::not_compared`]).
//! - `changes[i]` is wave i against wave i − 1 (`changes[0]` is `null`):
//!   level and alignment (0–100) later minus earlier; the crossing of the
//!   split line (alignment 70) either way; and the reading of the change
//!   of the mean from `steps[i − 1]`, [`crate::scoring::compare::compare`]'s
//!   comparison of those two waves, whose p-values are adjusted with
//!   Holm's method across the practices compared.
//! - `who_changed`: the two waves' n on that practice differ by more than
//!   a fifth of the larger ([`who_changed`]), so the change may come from
//!   different people rather than a different view. (With n = 10 and 12
//!   the difference is 2 of 12, under a fifth; with 12 and 16, 4 of 16.)
//! - `still_split`: the practices split at the last wave, the ones its
//!   agenda is for.
//! - `charter` (from version 3, and only where the sprint has one): its
//!   [`Charter`], the facilitator's purpose, goals and agreed decision
//!   rights, as [`crate::model::charter`] writes it. It is read with its
//!   own checks and must start on the baseline's date and name the
//!   baseline's instrument; the agreed owners are measured from the waves
//!   ([`Charter::measured`]), never stored.

use serde::{Deserialize, Serialize};

use crate::files::csv::{Cell, Csv, Style};

use crate::error::{FileError, Problem};
use crate::model::charter::Charter;
use crate::model::instrument::Text;
use crate::scoring::compare::{self, Comparison, Crossing, NotCompared, Reading};
use crate::scoring::stats::Estimate;
use crate::scoring::summary::{Quadrant, Summary};

/// The `format` tag of a sprint file.
pub const SPRINT_FORMAT: &str = "alignment-pulse/sprint";
/// Version 3: a sprint may carry its charter. Version 2: waves are
/// summaries of version 3, and a practice changes across two waves only
/// where its fingerprints match. Files of versions 2 and 1 still open; a
/// version 1 file's waves (summaries of version 2) are read, and what
/// follows them is worked out again under the current rules, which compare
/// none of its practices.
pub const SPRINT_FORMAT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SprintFile {
    /// Always `"alignment-pulse/sprint"`.
    pub format: String,
    pub version: u32,
    pub sprint: Sprint,
}

/// The waves of one sprint and each practice across them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sprint {
    pub name: String,
    /// In date order.
    pub waves: Vec<Wave>,
    pub practices: Vec<Practice>,
    /// `steps[i]`: wave i + 1 against wave i.
    pub steps: Vec<Comparison>,
    /// The practices split at the last wave.
    pub still_split: Vec<String>,
    /// What the team set out to do and agreed, where the sprint has a
    /// charter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charter: Option<Charter>,
}

/// One measurement of the sprint: a session's summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Wave {
    pub stage: Stage,
    pub summary: Summary,
}

/// Where a wave stands in the sprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The first wave: before the sprint.
    Baseline,
    /// A wave between the first and the last.
    Mid,
    /// The last wave.
    End,
}

impl Stage {
    /// The stage as the sprint file writes it.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Baseline => "baseline",
            Stage::Mid => "mid",
            Stage::End => "end",
        }
    }
}

/// One practice across the waves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub id: String,
    /// Its title in the first wave that has it.
    pub title: Text,
    /// One per wave; `null` where the wave's instrument does not have it.
    pub points: Vec<Option<Point>>,
    /// One per wave: the change from the wave before (`null` for the first,
    /// and where either wave has no point).
    pub changes: Vec<Option<Change>>,
}

/// A practice at one wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub n: usize,
    /// 0–100, as the summary has it (withheld below k).
    pub level: Estimate,
    /// 0–100: 100 · r_wg(j).
    pub alignment: Estimate,
    pub quadrant: Quadrant,
}

/// A practice from one wave to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Later level − earlier level.
    pub level: Estimate,
    /// Later alignment − earlier alignment.
    pub alignment: Estimate,
    /// Across the split line (alignment 70), either way.
    pub crossing: Option<Crossing>,
    /// The reading of the change of the mean, by its Holm-adjusted p;
    /// `null` where the two waves could not be compared on it (a mean
    /// withheld or undefined).
    pub reading: Option<Reading>,
    pub p_adjusted: Estimate,
    pub n_from: usize,
    pub n_to: usize,
    /// The n differ by more than a fifth of the larger ([`who_changed`]).
    pub who_changed: bool,
}

/// Why summaries do not make a sprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SprintError {
    /// A sprint is measured at least twice.
    TooFewWaves(usize),
    /// One session twice: its change would be no change.
    SameSession(String),
}

impl std::fmt::Display for SprintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SprintError::TooFewWaves(n) => write!(
                f,
                "a sprint needs at least two waves (sessions measured before and after), not {n}"
            ),
            SprintError::SameSession(id) => write!(
                f,
                "the session \"{}\" is chosen twice; each wave of a sprint is a session of its own",
                crate::error::truncate(id)
            ),
        }
    }
}

impl std::error::Error for SprintError {}

/// Whether n on a practice changed enough between two waves that a change
/// may come from who answered, not what they think: the two n differ by
/// more than a fifth of the larger (in integers, so exactly).
pub fn who_changed(n_from: usize, n_to: usize) -> bool {
    5 * n_from.abs_diff(n_to) > n_from.max(n_to)
}

impl Sprint {
    /// The sprint of these summaries, named `name` (by default, see
    /// [`Sprint::default_name`]): the waves in date order, a tie by
    /// session id.
    #[allow(clippy::ok_expect)] // `expect` on the `Result` would link `CompareError`'s `Debug`
    pub fn of(name: Option<&str>, summaries: Vec<Summary>) -> Result<Sprint, SprintError> {
        if summaries.len() < 2 {
            return Err(SprintError::TooFewWaves(summaries.len()));
        }
        // In date order, a tie by id: an insertion sort, since a sprint has
        // a few waves (and a sort of summaries by another key would be
        // another sort's code in the wasm).
        let mut summaries = summaries;
        let key = |s: &Summary| (s.session.date.clone(), s.session.id.clone());
        for i in 1..summaries.len() {
            let mut j = i;
            while j > 0 && key(&summaries[j - 1]) > key(&summaries[j]) {
                summaries.swap(j - 1, j);
                j -= 1;
            }
        }
        if let Some(w) = summaries
            .windows(2)
            .find(|w| w[0].session.id == w[1].session.id)
        {
            return Err(SprintError::SameSession(w[0].session.id.clone()));
        }
        let last = summaries.len() - 1;
        let waves: Vec<Wave> = summaries
            .into_iter()
            .enumerate()
            .map(|(i, summary)| Wave {
                stage: match i {
                    0 => Stage::Baseline,
                    i if i == last => Stage::End,
                    _ => Stage::Mid,
                },
                summary,
            })
            .collect();
        let name = name
            .map(str::to_owned)
            .unwrap_or_else(|| Sprint::default_name(&waves));
        Ok(Sprint::work_out(name, waves))
    }

    /// "first wave's name – last wave's name".
    pub fn default_name(waves: &[Wave]) -> String {
        match (waves.first(), waves.last()) {
            (Some(a), Some(b)) => {
                format!("{} – {}", a.summary.session.name, b.summary.session.name)
            }
            _ => String::new(),
        }
    }

    /// What follows from the waves, which are in order.
    #[allow(
        clippy::ok_expect,
        reason = "`expect` on the `Result` would link `CompareError`'s `Debug` (size rule 'ok().expect')"
    )]
    fn work_out(name: String, waves: Vec<Wave>) -> Sprint {
        let steps: Vec<Comparison> = waves
            .windows(2)
            .map(|w| {
                compare::compare(&w[0].summary, &w[1].summary)
                    .ok()
                    .expect("two different sessions")
            })
            .collect();
        let mut practices: Vec<Practice> = Vec::new();
        for wave in &waves {
            for d in &wave.summary.dimensions {
                if practices.iter().any(|p| p.id == d.id) {
                    continue;
                }
                let points: Vec<Option<Point>> = waves
                    .iter()
                    .map(|w| {
                        w.summary
                            .dimensions
                            .iter()
                            .find(|e| e.id == d.id)
                            .map(|e| Point {
                                n: e.n,
                                level: e.level,
                                alignment: e.alignment,
                                quadrant: e.quadrant,
                            })
                    })
                    .collect();
                let changes = (0..waves.len())
                    .map(|i| {
                        let (from, to) = (
                            points.get(i.checked_sub(1)?)?.as_ref()?,
                            points[i].as_ref()?,
                        );
                        let measured_apart = steps[i - 1].not_compared.iter().any(|x| {
                            x.id == d.id
                                && matches!(
                                    x.reason,
                                    NotCompared::EarlierFormat | NotCompared::DifferentStatements
                                )
                        });
                        if measured_apart {
                            return None;
                        }
                        let compared = steps[i - 1].dimensions.iter().find(|c| c.id == d.id);
                        Some(Change {
                            level: to.level.zip(from.level, |b, a| b - a),
                            alignment: to.alignment.zip(from.alignment, |b, a| b - a),
                            crossing: crossing(from.quadrant, to.quadrant),
                            reading: compared.map(|c| c.reading),
                            p_adjusted: compared.map_or(
                                Estimate::undefined(
                                    crate::scoring::stats::Undefined::TooFewAnswers,
                                ),
                                |c| c.p_adjusted,
                            ),
                            n_from: from.n,
                            n_to: to.n,
                            who_changed: who_changed(from.n, to.n),
                        })
                    })
                    .collect();
                practices.push(Practice {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    points,
                    changes,
                });
            }
        }
        let still_split = practices
            .iter()
            .filter(|p| {
                matches!(
                    p.points.last(),
                    Some(Some(Point {
                        quadrant: Quadrant::Split,
                        ..
                    }))
                )
            })
            .map(|p| p.id.clone())
            .collect();
        Sprint {
            name,
            waves,
            practices,
            steps,
            still_split,
            charter: None,
        }
    }

    pub fn to_json(&self) -> String {
        crate::files::envelope::write_envelope(SPRINT_FORMAT, SPRINT_FORMAT_VERSION, "sprint", self)
    }

    /// The waves that have practice `id`, in runs over which it measures
    /// the same thing: a run ends where the next wave that has it gives it
    /// another fingerprint (other statements, wording or scale), or either
    /// is of an earlier format. A trend is drawn run by run.
    pub fn runs(&self, id: &str) -> Vec<Vec<usize>> {
        let mut runs: Vec<Vec<usize>> = Vec::new();
        let mut last: Option<&Option<String>> = None;
        for (i, wave) in self.waves.iter().enumerate() {
            let Some(d) = wave.summary.dimensions.iter().find(|d| d.id == id) else {
                continue;
            };
            match (last, runs.last_mut()) {
                (Some(Some(before)), Some(run)) if d.fingerprint.as_ref() == Some(before) => {
                    run.push(i)
                }
                _ => runs.push(vec![i]),
            }
            last = Some(&d.fingerprint);
        }
        runs
    }

    /// Why practice `id` has no change at wave `wave` (from the wave
    /// before), where both waves have it but they are not compared on it.
    pub fn not_compared(&self, id: &str, wave: usize) -> Option<NotCompared> {
        let step = self.steps.get(wave.checked_sub(1)?)?;
        step.not_compared
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.reason)
    }

    /// Opens a sprint file as the workspace does: its name and its waves,
    /// each wave's summary one that could be true
    /// ([`crate::scoring::summary::check`]), and every figure after them worked out
    /// again from them, so that what is shown always follows from the
    /// waves. (What the file itself says of those figures is not read
    /// here: [`Sprint::read`] checks it too, for `pulse validate`. Reading
    /// only the waves keeps their types' parsers out of the workspace's
    /// wasm.) The waves may come in any order.
    pub fn open(json: &str) -> Result<Sprint, Vec<FileError>> {
        // Only what is needed: the figures after the waves, and each
        // wave's stage, are worked out again (serde skips the rest).
        #[derive(Deserialize)]
        struct Envelope {
            sprint: Waves,
        }
        #[derive(Deserialize)]
        struct Waves {
            name: String,
            waves: Vec<WaveIn>,
            #[serde(default)]
            charter: Option<Charter>,
        }
        #[derive(Deserialize)]
        struct WaveIn {
            summary: Summary,
        }
        let header = crate::files::envelope::header(json).map_err(|e| vec![e])?;
        crate::files::envelope::check_header(&header, SPRINT_FORMAT, SPRINT_FORMAT_VERSION)
            .map_err(|e| vec![e])?;
        let file: Envelope = crate::files::envelope::deserialize(json).map_err(|e| vec![e])?;
        let Waves {
            name,
            waves,
            charter,
        } = file.sprint;
        let version = header.version().unwrap_or(SPRINT_FORMAT_VERSION as u64) as u32;
        Sprint::from_waves(
            &name,
            waves.into_iter().map(|w| w.summary).collect(),
            version,
        )?
        .with_charter(charter)
    }

    /// The sprint with `charter`, which must hold on its own
    /// ([`Charter::problems`], named at `$.sprint.charter`), start on the
    /// baseline's date and be for the baseline's instrument.
    pub fn with_charter(mut self, charter: Option<Charter>) -> Result<Sprint, Vec<FileError>> {
        let Some(charter) = charter else {
            return Ok(self);
        };
        let baseline = &self.waves[0].summary.session;
        let problems: Vec<FileError> = charter
            .problems_for(&baseline.date, &baseline.instrument)
            .into_iter()
            .map(|e| match e {
                FileError::Invalid { path, problem } => FileError::Invalid {
                    path: path.replacen("$.charter", "$.sprint.charter", 1),
                    problem,
                },
                other => other,
            })
            .collect();
        if problems.is_empty() {
            self.charter = Some(charter);
            Ok(self)
        } else {
            Err(problems)
        }
    }

    /// The sprint of a file's waves, each checked ([`crate::scoring::summary::check`]
    /// by the rules of its summary's version: 2 in a sprint file of version
    /// 1, or for a wave without fingerprints; its problems named at its
    /// place in the file), the rest worked out.
    fn from_waves(
        name: &str,
        summaries: Vec<Summary>,
        version: u32,
    ) -> Result<Sprint, Vec<FileError>> {
        let mut problems = Vec::new();
        for (i, summary) in summaries.iter().enumerate() {
            // A wave of an earlier format (no fingerprints) is checked by the
            // rules of summary version 2, and none of its practices is compared.
            let summary_version = if version < 2 || summary.earlier_format() {
                2
            } else {
                crate::scoring::summary::SUMMARY_FORMAT_VERSION
            };
            for e in crate::scoring::summary::check::problems(summary, summary_version) {
                problems.push(match e {
                    FileError::Invalid { path, problem } => FileError::Invalid {
                        path: path.replacen(
                            "$.summary",
                            &format!("$.sprint.waves[{i}].summary"),
                            1,
                        ),
                        problem,
                    },
                    other => other,
                });
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Sprint::of(Some(name), summaries).map_err(|e| {
            vec![FileError::Invalid {
                path: "$.sprint.waves".into(),
                problem: Problem::Implausible(e.to_string()),
            }]
        })
    }

    /// Reads a sprint file whole (`pulse validate`): as [`Sprint::open`],
    /// and besides, the waves in date order with their stages and every
    /// figure after them what they give ([`agree`]: to the last digits
    /// that two machines' math libraries may round apart); otherwise every
    /// problem, with its JSON path. A version 1 file's figures after its
    /// waves followed earlier rules: its waves are checked, and the rest is
    /// given as worked out again now.
    pub fn read(json: &str) -> Result<Sprint, Vec<FileError>> {
        let file: SprintFile =
            crate::files::envelope::parse_envelope(json, SPRINT_FORMAT, SPRINT_FORMAT_VERSION)
                .map_err(|e| vec![e])?;
        let sprint = file.sprint;
        let summaries = sprint.waves.iter().map(|w| w.summary.clone()).collect();
        let again = Sprint::from_waves(&sprint.name, summaries, file.version)?
            .with_charter(sprint.charter.clone())?;
        if file.version < 2 {
            return Ok(again);
        }
        let wrong = |path: String, why: &str| FileError::Invalid {
            path,
            problem: Problem::Implausible(why.to_owned()),
        };
        if again.waves != sprint.waves {
            return Err(vec![wrong(
                "$.sprint.waves".into(),
                "the waves are not in date order with the stages baseline, mid …, end",
            )]);
        }
        let parts = [
            ("practices", agree(&again.practices, &sprint.practices)),
            ("steps", agree(&again.steps, &sprint.steps)),
            ("still_split", again.still_split == sprint.still_split),
        ];
        let problems: Vec<FileError> = parts
            .iter()
            .filter(|(_, same)| !same)
            .map(|(part, _)| {
                wrong(
                    format!("$.sprint.{part}"),
                    "these figures do not follow from the waves' summaries",
                )
            })
            .collect();
        if problems.is_empty() {
            Ok(sprint)
        } else {
            Err(problems)
        }
    }

    /// The sprint as CSV (RFC 4180, CRLF line ends): one row per practice
    /// and wave, with the change from the wave before; numbers as the
    /// sprint file writes them, an undefined one empty. Session names are
    /// not written (the file names them); ids and dates are written as text
    /// ([`crate::files::csv`]).
    pub fn to_csv(&self, style: Style) -> String {
        let est = crate::present::format::json_estimate;
        let mut csv = Csv::new(
            &[
                "practice",
                "wave",
                "stage",
                "session",
                "date",
                "n",
                "level",
                "alignment",
                "quadrant",
                "level_change",
                "alignment_change",
                "crossing",
                "reading",
                "p_adjusted",
                "who_changed",
            ],
            style,
        );
        for p in &self.practices {
            for (i, (wave, point)) in self.waves.iter().zip(&p.points).enumerate() {
                let Some(point) = point else { continue };
                let change = p.changes[i].as_ref();
                let figures = [
                    point.n.to_string(),
                    est(&point.level),
                    est(&point.alignment),
                    point.quadrant.code().to_owned(),
                    change.map(|c| est(&c.level)).unwrap_or_default(),
                    change.map(|c| est(&c.alignment)).unwrap_or_default(),
                    change
                        .and_then(|c| c.crossing)
                        .map(|c| c.code().to_owned())
                        .unwrap_or_default(),
                    change
                        .and_then(|c| c.reading)
                        .map(|r| r.code().to_owned())
                        .unwrap_or_default(),
                    change.map(|c| est(&c.p_adjusted)).unwrap_or_default(),
                    change
                        .map(|c| c.who_changed.to_string())
                        .unwrap_or_default(),
                ];
                let cells: Vec<(usize, Cell)> = [
                    (0, Cell::Text(p.id.clone())),
                    (1, Cell::Value((i + 1).to_string())),
                    (2, Cell::Value(wave.stage.code().to_owned())),
                    (3, Cell::Text(wave.summary.session.id.clone())),
                    (4, Cell::Text(wave.summary.session.date.clone())),
                ]
                .into_iter()
                .chain(
                    figures
                        .into_iter()
                        .enumerate()
                        .map(|(j, v)| (5 + j, Cell::Value(v))),
                )
                .collect();
                csv.row(&cells);
            }
        }
        csv.finish()
    }
}

/// Whether two sets of figures are the same as JSON, numbers to within
/// 10⁻⁹ of the larger plus 10⁻¹²: the browser's wasm and a native build
/// take `exp` and `ln` from different math libraries, which round some
/// results one unit in the last place apart (a p-value of
/// 1.4933679000503886e-7 against 1.4933679000503883e-7), and a file
/// written by the workspace must pass `pulse validate`. A figure changed
/// by hand is still found: any change a person could make is far larger.
fn agree<T: Serialize>(a: &T, b: &T) -> bool {
    use serde_json::Value;
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()) + 1e-12,
                _ => x == y,
            },
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
            }
            _ => a == b,
        }
    }
    match (serde_json::to_value(a), serde_json::to_value(b)) {
        (Ok(x), Ok(y)) => same(&x, &y),
        _ => false,
    }
}

/// A crossing of the split line between two quadrants.
fn crossing(from: Quadrant, to: Quadrant) -> Option<Crossing> {
    let aligned = |q| matches!(q, Quadrant::AlignedStrong | Quadrant::AlignedWeak);
    match (from, to) {
        (Quadrant::Split, q) if aligned(q) => Some(Crossing::SplitToAligned),
        (q, Quadrant::Split) if aligned(q) => Some(Crossing::AlignedToSplit),
        _ => None,
    }
}
