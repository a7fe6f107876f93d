//! The languages the panel and the CLI speak (issue 28) and the choice among them: a person's
//! preferences (the browser's `navigator.languages`, an `Accept-Language` header, `?lang=`,
//! `--lang`, or the POSIX locale variables) against what ships. Pure Rust, no I/O, no
//! dependencies: the panel, the server and the CLI all use it. The messages themselves are the
//! Fluent catalogues in `locales/<tag>/`.

pub mod compact;
mod language;
mod negotiate;

pub use language::{Direction, Language};
pub use negotiate::{from_accept_language, from_posix_locale, preferred};
