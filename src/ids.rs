//! Fresh stable ids (uuid v4) for congresses and tasks. Outside `model` because randomness
//! comes from the platform (the browser's crypto on wasm).

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
