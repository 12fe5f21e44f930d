//! Mounts the app on the page; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    congress_notebook::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sổ tay Đại hội runs in the browser: use `make serve`.");
}
