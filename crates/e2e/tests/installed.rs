//! The package as an operator runs it: the installed `/usr/bin/plesk-keys serve` with the
//! packaged example config and no `--dist`, so the panel can only come from inside the binary.
//! `cargo xtask test` builds the package and runs this test (ignored otherwise) with
//! `PKP_INSTALLED_ROOT`: `/` after `dpkg -i` (CI, as root), or the folder `dpkg-deb -x` unpacked
//! it into.

use std::path::{Path, PathBuf};
use std::process::Command;

use e2e::{free_port, with_server, PanelServer, ADMIN_KEY};

/// Where the package is installed (set by the package check).
fn installed_root() -> PathBuf {
    std::env::var_os("PKP_INSTALLED_ROOT")
        .map(PathBuf::from)
        .expect("PKP_INSTALLED_ROOT names where the package is installed: run `cargo xtask package --check`")
}

/// The installed `plesk-keys serve --config <the example>` in `scratch`, a working directory
/// without a dist/ folder, with the state out of /var/lib (which only systemd's StateDirectory=
/// creates): the command line overrides the config file.
fn installed_serve(scratch: &Path) -> Command {
    let root = installed_root();
    std::fs::create_dir_all(scratch).expect("a scratch folder");
    let mut command = Command::new(root.join("usr/bin/plesk-keys"));
    command
        .current_dir(scratch)
        .arg("serve")
        .arg("--config")
        .arg(root.join("etc/plesk-keys/plesk-keys.toml"))
        .args(["--quiet", "--listen", &format!("127.0.0.1:{}", free_port())])
        .args(["--sandbox-admin-key", ADMIN_KEY, "--sandbox-state"])
        .arg(scratch.join("sandbox-keys.json"));
    command
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the installed package: cargo xtask test, or cargo xtask package --check"]
async fn the_installed_binary_serves_its_own_panel_with_the_example_config() {
    let scratch = std::env::temp_dir().join(format!("pkp-installed-{}", std::process::id()));
    let mut command = installed_serve(&scratch);
    command.args(["--key-handoff-origin", "https://portal.example.com"]);
    let server = PanelServer::start_command(command).await;
    with_server(server, &[], |server, page| async move {
        page.goto(&server.url).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.is_empty() {
            return Err("the key list is empty: the administrator's key is missing".into());
        }
        // Written into the page by serve: the hand-off origin from the command line, the idle
        // timeout from the config file.
        for (meta, expected) in
            [("plesk-key-handoff-origins", "https://portal.example.com"), ("plesk-idle-timeout", "900")]
        {
            let script = format!("return document.querySelector('meta[name=\"{meta}\"]').content;");
            let content = page.execute(&script, vec![]).await?;
            if content.as_str() != Some(expected) {
                return Err(format!("the page's {meta} is {content}, not {expected:?}"));
            }
        }
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&scratch);
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the installed package: cargo xtask test, or cargo xtask package --check"]
async fn dist_overrides_the_built_in_panel() {
    let scratch = std::env::temp_dir().join(format!("pkp-installed-dist-{}", std::process::id()));
    let custom = scratch.join("custom");
    std::fs::create_dir_all(&custom).expect("a custom panel folder");
    std::fs::write(custom.join("index.html"), "<!doctype html><title>Custom</title><p>A customised copy</p>")
        .expect("a custom page");
    let mut command = installed_serve(&scratch);
    command.arg("--dist").arg(&custom);
    let server = PanelServer::start_command(command).await;
    with_server(server, &[], |server, page| async move {
        page.goto(&server.url).await?;
        page.wait_for_text("the customised copy", |text| text.contains("A customised copy")).await.map(|_| ())
    })
    .await;
    let _ = std::fs::remove_dir_all(&scratch);
}
