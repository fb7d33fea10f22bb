//! Monitor Workbench: compose an issue of a news monitor, cite a source for every
//! report, keep the share of state media within the publication's policy, and
//! export the issue for readers.
//!
//! Layers, lowest first; each uses only those above it in this list:
//! - [`model`]: the issue and its parts, plain data.
//! - [`registry`]: outlets and their domains; classifies hosts.
//! - [`sourcing`]: what a URL is: normalized form, kind guessed from its path,
//!   state media or not under a policy.
//! - [`text`]: words of entry text.
//! - [`store`], [`import`], [`compliance`]: pure functions of the model (and files).
//! - [`sample`]: the bundled sample issue.
//! - [`cli`] and [`ui`]: the command line and the window, which call the rest.

#![forbid(unsafe_code)]

pub mod cli;
pub mod compliance;
pub mod edit;
pub mod export;
pub mod import;
pub mod model;
pub mod registry;
pub mod sample;
pub mod sourcing;
pub mod store;
pub mod synthetic;
pub mod text;
#[cfg(feature = "window")]
pub mod ui;
