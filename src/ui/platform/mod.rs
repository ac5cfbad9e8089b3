//! The browser facilities the widgets use, each behind a small function
//! that turns the browser's exceptions into values: [`dom`] (the page,
//! its addresses, the console, a task after a redraw), [`focus`], [`storage`]
//! (gloo-storage), [`net`] (gloo-net), [`events`] (gloo-events),
//! [`files`] (gloo-file), [`crypto`] (Web Crypto). web-sys directly only
//! where neither gloo nor Leptos has the facility, each use with a comment
//! saying why.

#[cfg(any(feature = "workspace", feature = "tools"))]
pub mod charters;
pub mod crypto;
pub mod dom;
#[cfg(feature = "tools")]
pub mod drafts;
pub mod events;
pub mod files;
pub mod focus;
#[cfg(any(feature = "workspace", feature = "tools"))]
pub mod kept;
pub mod net;
#[cfg(any(feature = "workspace", feature = "tools"))]
pub mod reading;
#[cfg(feature = "store")]
pub mod sessions;
pub mod storage;
#[cfg(feature = "workspace")]
pub mod worker;
