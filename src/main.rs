//! Entry point of the wasm bundle: only mounts the panel.

fn main() {
    plesk_key_panel::mount();
}
