//! The yardstick for `make audit`: the smallest Leptos 0.8 client-side app worth the name (a
//! heading, a line of text and a counter), built like the real app (release profile,
//! wasm-bindgen, wasm-opt -Oz) and audited beside it in the same run.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Sổ tay Đại hội"</h1>
                <p>"Ứng dụng Leptos tối giản, làm mốc so sánh khi đo."</p>
                <button on:click=move |_| count.update(|n| *n += 1)>
                    "Đã bấm " {move || count.get()} " lần"
                </button>
            </main>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
