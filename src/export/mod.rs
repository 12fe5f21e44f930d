//! Files the user takes out of the app, written as plain Rust without web dependencies:
//! the deadlines as an iCalendar file.

pub mod ics;
