//! Files the user takes out of the app, written as plain Rust without web dependencies:
//! the deadlines as an iCalendar file, a draft as a Word file (laid out once in `layout`,
//! shared with the print view), the upper union's table as CSV for Excel.

pub mod csv;
pub mod docx;
pub mod ics;
pub mod layout;
pub mod zip;
