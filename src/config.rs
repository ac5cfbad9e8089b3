//! The embedding contract: what a widget is told by its host element's `data-*` attributes (and, on
//! a page that opts in with `data-query`, by the page's query string, as in
//! `?mode=kiosk&lang=de`).
//!
//! An attribute that is present but wrong is an error that names it; an
//! absent one takes its default.

use crate::model::builtin;
use crate::words as i18n;

/// What the widget does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One respondent answers on their own device.
    Respond,
    /// Participants take turns on one device; responses join a session here.
    Kiosk,
    /// The facilitator's workspace: sessions, import, results.
    Facilitate,
    /// The report of one session stored on this device (`data-session`),
    /// every section expanded and nothing to change: what the workspace's
    /// Print opens, on the standalone page.
    Report,
    /// The facilitator's tools: backing up and restoring the workspace, on
    /// the standalone page the workspace opens.
    Tools,
}

/// Which of the four wasm bundles draws a widget, so that each page loads
/// only the code of its widgets. `public/alignment-pulse.js` applies the
/// same rule to decide which bundles to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// `alignment-pulse-respond.js`: the respondent's survey, kept small.
    Respond,
    /// `alignment-pulse-kiosk.js`: kiosk mode, the same survey with the
    /// kiosk's setup, PIN and session storage.
    Kiosk,
    /// `alignment-pulse-workspace.js`: the facilitator's workspace, with
    /// session storage, import and scoring.
    Workspace,
    /// `alignment-pulse-tools.js`: the facilitator's tools pages (backing
    /// up and restoring the workspace), which the workspace opens in a tab.
    Tools,
}

impl Bundle {
    /// The bundle for a host's raw `data-mode` (absent means `respond`).
    /// A mode that does not exist goes to the workspace bundle, which
    /// reports it; so a respondent page never loads another bundle.
    pub fn of(mode: Option<&str>) -> Bundle {
        match mode {
            None | Some("respond") => Bundle::Respond,
            Some("kiosk") => Bundle::Kiosk,
            Some("tools") => Bundle::Tools,
            Some(_) => Bundle::Workspace,
        }
    }
}

/// Where the instrument comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A built-in instrument, by id.
    Builtin(&'static str),
    /// An instrument file at a same-origin URL (resolved, absolute).
    Url(String),
}

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// The system's preference (`prefers-color-scheme`).
    #[default]
    Auto,
}

impl Theme {
    /// The attribute value, as written in `data-theme`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The theme an attribute value names.
    pub fn parse(value: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|t| t.name() == value)
    }
}

/// Which URLs a setting may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Only the page's own origin (instrument files: the widget runs no
    /// text from elsewhere).
    SameOrigin,
    /// Any http(s) URL the embedding page names (the submit URL: the page
    /// chose where responses go; its own CSP must allow it).
    AnyOrigin,
}

/// A widget's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub mode: Mode,
    pub instrument: Source,
    pub lang: &'static str,
    /// The session responses belong to.
    pub session: String,
    pub theme: Theme,
    /// Where a respondent's response is POSTed (absolute URL), if anywhere.
    pub submit_url: Option<String>,
    /// In an iframe: the one origin events are posted to and messages are
    /// accepted from (serialized as browsers do: `https://host[:port]`).
    pub parent_origin: Option<String>,
    /// The teams a respondent chooses from (`data-teams="Sales,Ops"`): the
    /// survey asks them in place of its own group question
    /// ([`crate::model::instrument::Instrument::with_teams`]). Empty: none.
    pub teams: Vec<String>,
}

/// A wrong attribute: which, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub attribute: String,
    pub message: String,
    /// The parent origin, when it is set and valid although another setting
    /// is not: a framed widget still tells its parent page what is wrong.
    pub parent_origin: Option<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Alignment Pulse: {} {}", self.attribute, self.message)
    }
}

/// One setting's value, and whether it came from the page's address (the
/// query string of a host with `data-query`) rather than from the host
/// element, which the embedding page wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub value: String,
    pub from_address: bool,
}

impl Setting {
    /// A value from the host element's attribute.
    pub fn attribute(value: impl Into<String>) -> Setting {
        Setting {
            value: value.into(),
            from_address: false,
        }
    }
}

impl Config {
    /// Reads a configuration. `setting(name)` gives a setting by its bare
    /// name (`"mode"` for `data-mode`); `browser_languages` are the
    /// browser's preferences; `resolve` checks and resolves a URL against the
    /// page, within the given reach.
    ///
    /// A submit URL from the page's address must be on the page's own
    /// origin: otherwise a crafted link to the standalone page could send
    /// respondents' answers to any server. The host element's may name any.
    pub fn read(
        setting: impl Fn(&str) -> Option<Setting>,
        browser_languages: &[String],
        resolve: impl Fn(&str, Reach) -> Result<String, String>,
    ) -> Result<Config, ConfigError> {
        let get = |name: &str| setting(name).map(|s| s.value);
        // Read first, so that an error in any other setting can still name
        // a valid parent origin; its own error is reported in turn below.
        let parent_origin = get("parent-origin").map(|o| origin(&o));
        let wrong = |name: &str, message: String| ConfigError {
            attribute: format!("data-{name}"),
            message,
            parent_origin: parent_origin.clone().and_then(Result::ok),
        };
        let mode = match get("mode").as_deref() {
            None | Some("respond") => Mode::Respond,
            Some("kiosk") => Mode::Kiosk,
            Some("facilitate") => Mode::Facilitate,
            Some("report") => Mode::Report,
            Some("tools") => Mode::Tools,
            Some(other) => {
                return Err(wrong(
                    "mode",
                    format!(
                        "is “{other}”; it must be “respond”, “kiosk”, “facilitate”, “report” or “tools”"
                    ),
                ))
            }
        };
        let instrument = match get("instrument") {
            None => Source::Builtin(builtin::IDS[0]),
            Some(id) => match builtin::IDS.iter().find(|known| **known == id) {
                Some(known) => Source::Builtin(known),
                None if id.contains('/') || id.ends_with(".json") => Source::Url(
                    resolve(&id, Reach::SameOrigin).map_err(|m| wrong("instrument", m))?,
                ),
                None => {
                    return Err(wrong(
                        "instrument",
                        format!("is “{id}”, which is neither a built-in instrument ({}) nor the URL of a .json file", builtin::IDS.join(", ")),
                    ));
                }
            },
        };
        let lang = match get("lang") {
            None => i18n::negotiate(browser_languages.iter().map(String::as_str)),
            Some(tag) => {
                let lang = i18n::negotiate([tag.as_str()]);
                if !tag.to_ascii_lowercase().starts_with(lang) {
                    let spoken: Vec<&str> = i18n::LANGUAGE_NAMES.iter().map(|(t, _)| *t).collect();
                    return Err(wrong(
                        "lang",
                        format!("is “{tag}”; the widget speaks {}", spoken.join(", ")),
                    ));
                }
                lang
            }
        };
        let session = match get("session") {
            None => "default".to_owned(),
            Some(s) if crate::model::instrument::is_id(&s) => s,
            Some(s) => {
                return Err(wrong(
                    "session",
                    format!("is “{s}”; use 1–64 lower-case letters, digits, “-” or “_”"),
                ))
            }
        };
        let theme = match get("theme") {
            None => Theme::Auto,
            Some(t) => Theme::parse(&t).ok_or_else(|| {
                wrong(
                    "theme",
                    format!("is “{t}”; it must be “light”, “dark” or “auto”"),
                )
            })?,
        };
        let submit_url = match setting("submit-url") {
            None => None,
            Some(_) if mode != Mode::Respond => return Err(wrong(
                "submit-url",
                "applies to data-mode=\"respond\" only; a kiosk keeps its responses in its session"
                    .to_owned(),
            )),
            Some(Setting {
                value: url,
                from_address,
            }) => {
                let resolved =
                    resolve(&url, Reach::AnyOrigin).map_err(|m| wrong("submit-url", m))?;
                if !(resolved.starts_with("https://") || resolved.starts_with("http://")) {
                    return Err(wrong(
                        "submit-url",
                        format!("is “{url}”; it must be an http or https URL"),
                    ));
                }
                if from_address && resolve(&resolved, Reach::SameOrigin).is_err() {
                    return Err(wrong(
                        "submit-url",
                        format!("is “{resolved}”, on another origin; from the page's address only a same-origin submit URL is taken (the host element's data-submit-url may name another origin)"),
                    ));
                }
                Some(resolved)
            }
        };
        let teams = match get("teams") {
            None => Vec::new(),
            Some(_) if mode != Mode::Respond => return Err(wrong(
                "teams",
                "applies to data-mode=\"respond\" only; a kiosk's or a workspace's session has its teams from when it was made".to_owned(),
            )),
            Some(list) => {
                let names: Vec<String> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect();
                if names.len() < 2 {
                    return Err(wrong(
                        "teams",
                        format!("is “{list}”; name at least two teams, separated by commas"),
                    ));
                }
                names
            }
        };
        let parent_origin = parent_origin
            .clone()
            .transpose()
            .map_err(|m| wrong("parent-origin", m))?;
        Ok(Config {
            mode,
            instrument,
            lang,
            session,
            theme,
            submit_url,
            parent_origin,
            teams,
        })
    }
}

/// The query of the link a session's respondents open on the standalone
/// page: its session and instrument, which is a built-in id or the file
/// `instruments/<id>.json` beside the page; for teams made from a built-in
/// instrument ([`crate::model::instrument::Instrument::teams`]), the built-in id
/// and the teams themselves (`&teams=Sales,Ops`), from which the survey
/// makes the session's instrument again, so that no file has to be hosted.
/// Values are percent-encoded (RFC 3986, section 2.1).
pub fn respondent_query(session: &crate::model::session::Session) -> String {
    let inst = &session.instrument;
    let mut query = format!("session={}&instrument=", session.id);
    match built_in_teams(inst) {
        Some((base, names)) => {
            let names: Vec<String> = names.iter().map(|n| encode(n)).collect();
            query += &format!("{base}&teams={}", names.join(","));
        }
        None if builtin::IDS.contains(&inst.id.as_str()) => query += &inst.id,
        None => query += &format!("instruments/{}.json", inst.id),
    }
    query
}

/// The built-in instrument `inst` was made from with teams, and the teams.
fn built_in_teams(inst: &crate::model::instrument::Instrument) -> Option<(&str, Vec<&str>)> {
    inst.teams().filter(|(base, _)| builtin::IDS.contains(base))
}

/// Whether the respondents' link of a session of `inst` points to a file
/// that must be put beside the page (`instruments/<id>.json`): the
/// instrument is neither built in nor made from a built-in one with teams.
pub fn hosted(inst: &crate::model::instrument::Instrument) -> bool {
    !builtin::IDS.contains(&inst.id.as_str()) && built_in_teams(inst).is_none()
}

/// `value` percent-encoded for a query: every byte of its UTF-8 but
/// letters, digits and `-._~` as `%XX`.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// An origin as browsers serialize it (`MessageEvent.origin`): lower-case
/// `scheme://host[:port]`, the scheme `http` or `https`, no default port, no
/// path. One trailing `/` is forgiven. `*` is refused: a widget in an
/// iframe must never post responses to whatever page frames it.
pub fn origin(value: &str) -> Result<String, String> {
    let wrong = |why: &str| Err(format!("is “{value}”; {why}"));
    if value == "*" {
        return wrong("it must be one origin, such as https://intranet.example; “*” would send responses to any page that frames the widget");
    }
    let lower = value.to_ascii_lowercase();
    let lower = lower.strip_suffix('/').unwrap_or(&lower);
    let (scheme, rest, default_port) = if let Some(rest) = lower.strip_prefix("https://") {
        ("https", rest, 443)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        ("http", rest, 80)
    } else {
        return wrong("it must start with https:// or http://");
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() && !p.contains(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = if let Some(v6) = host.strip_prefix('[') {
        v6.strip_suffix(']').is_some_and(|a| {
            !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        })
    } else {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    };
    if !host_ok {
        return wrong(
            "it must be an origin alone (scheme, host and port), with no path, query or user",
        );
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()) => {
            match p.parse::<u16>() {
                Ok(n) if n > 0 => Some(n),
                _ => return wrong("its port must be a number from 1 to 65535"),
            }
        }
        Some(_) => return wrong("its port must be a number from 1 to 65535"),
    };
    Ok(match port {
        Some(n) if n != default_port => format!("{scheme}://{host}:{n}"),
        _ => format!("{scheme}://{host}"),
    })
}
