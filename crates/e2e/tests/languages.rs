//! Languages (issue 28): in each language but English, the panel's screens — the connect page and
//! its error, the key list with the create form, look-up and packet inspector, a refused create,
//! the new key, the delete and rotate dialogs, All servers — carry no sentence of the English
//! catalogue (text nodes and `aria-label`/`title`/`placeholder`); Arabic is written right to left
//! with data left to right; switching the language keeps what was typed.

use e2e::{ensure, with_panel, Page, ADMIN_KEY};
use plesk_i18n::compact::{self, Arg, EnglishRules};
use plesk_i18n::Language;
use serde_json::{json, Value};

/// One language's panel messages in the compact form, in English's order.
fn catalogue(language: Language) -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let sources = |language: Language| -> Vec<String> {
        compact::panel_sources(&folder.join(language.tag()))
            .expect("the panel's catalogue files")
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    };
    let english = sources(Language::English);
    let english: Vec<&str> = english.iter().map(String::as_str).collect();
    let ids = compact::message_ids(&english).expect("English parses");
    let own = sources(language);
    let own: Vec<&str> = own.iter().map(String::as_str).collect();
    let compiled = compact::compile(&ids, &own).expect("the language compiles");
    compact::records(&compiled).map(str::to_owned).collect()
}

/// The placeholders of a compact record (`{name}` and `{name|…}`).
fn variables(record: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut escaped = false;
    for (at, c) in record.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '{' {
            let rest = &record[at + 1..];
            let name = &rest[..rest.find(['|', '}']).unwrap_or(rest.len())];
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The pieces of a message a person reads whatever its values: the text between placeholders
/// (every variant of a select).
fn fixed_pieces(record: &str) -> Vec<String> {
    if compact::is_plain(record) {
        return vec![record.trim().to_owned()];
    }
    // The values as markers, the numbers as each plural form: the text around them.
    let mut pieces = Vec::new();
    for number in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 100.0] {
        let args: Vec<(&str, Arg)> =
            variables(record).into_iter().map(|name| (name, Arg::Number(number))).collect();
        let text = compact::format(record, &args, &EnglishRules);
        for piece in text.split(|c: char| c.is_ascii_digit() || c == '{' || c == '}') {
            let piece = piece.trim();
            if !pieces.iter().any(|p| p == piece) {
                pieces.push(piece.to_owned());
            }
        }
    }
    pieces
}

/// The English sentences a screen in `language` must not show: each message's fixed pieces
/// that its translation does not share (a name such as "Plesk Key Panel" stays the same).
fn english_left_behind(language: Language) -> Vec<String> {
    let english = catalogue(Language::English);
    let own = catalogue(language);
    let mut sentences = Vec::new();
    for (english, own) in english.iter().zip(&own) {
        let own_pieces = fixed_pieces(own).join("\n");
        for piece in fixed_pieces(english) {
            // Words a translation may keep: short pieces and punctuation are not sentences.
            let meaningful = piece.chars().filter(|c| c.is_alphabetic()).count() >= 4;
            if meaningful && !own_pieces.contains(&piece) && !sentences.contains(&piece) {
                sentences.push(piece);
            }
        }
    }
    sentences
}

/// Every text a person can read or hear on the page: text nodes (not packets' XML) and the
/// `aria-label`, `title` and `placeholder` of every element.
async fn texts(page: &Page) -> Result<Vec<String>, String> {
    let found = page
        .execute(
            "const out = [];\
             const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);\
             while (walker.nextNode()) {\
               const node = walker.currentNode; const parent = node.parentElement;\
               if (!parent || parent.closest('pre, script, style, noscript, #pkp-language')) continue;\
               const text = node.textContent.trim(); if (text) out.push(text);\
             }\
             for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {\
               if (element.closest('#pkp-language')) continue;\
               for (const name of ['aria-label', 'title', 'placeholder']) {\
                 const value = element.getAttribute(name); if (value && value.trim()) out.push(value.trim());\
               }\
             }\
             return out;",
            vec![],
        )
        .await?;
    Ok(found
        .as_array()
        .map(|all| all.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default())
}

/// Fails naming every English sentence found on the page (`view` says which screen).
async fn no_english(page: &Page, sentences: &[String], language: Language, view: &str) -> Result<(), String> {
    let shown = texts(page).await?;
    let mut left = Vec::new();
    for text in &shown {
        for sentence in sentences {
            let whole_word = !sentence.contains(' ');
            let found = if whole_word { text == sentence } else { text.contains(sentence.as_str()) };
            if found && !left.contains(&(text.clone(), sentence.clone())) {
                left.push((text.clone(), sentence.clone()));
            }
        }
    }
    ensure(left.is_empty(), format!("{} {view}: English left: {left:#?}", language.tag()))
}

/// Runs `script` until it returns true (the panel renders asynchronously).
async fn until(page: &Page, what: &str, script: &str) -> Result<(), String> {
    for _ in 0..150 {
        if page.execute(script, vec![]).await? == json!(true) {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("{what} did not happen; page: {}", page.body_text().await))
}

/// Types into a field by ID as a person does (value and input event).
async fn fill(page: &Page, id: &str, text: &str) -> Result<(), String> {
    page.execute(
        "const field = document.getElementById(arguments[0]);\
         field.focus(); field.value = arguments[1];\
         field.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(id), json!(text)],
    )
    .await
    .map(|_| ())
}

async fn click(page: &Page, selector: &str) -> Result<(), String> {
    let clicked = page
        .execute(
            "const element = document.querySelector(arguments[0]); if (!element) return false; element.click(); return true;",
            vec![json!(selector)],
        )
        .await?;
    ensure(clicked == json!(true), format!("nothing to click at {selector}"))
}

const OPEN_DIALOG: &str = "return !!document.querySelector('[role=dialog]');";
const ROWS: &str = "return document.querySelectorAll('#pkp-keys-table tbody tr:not([hidden])').length > 0;";

async fn close_dialog(page: &Page) -> Result<(), String> {
    page.press("\u{E00C}").await?;
    until(page, "the dialog closes", "return !document.querySelector('[role=dialog]');").await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_language_leaves_no_english_on_any_screen() {
    with_panel(&["--sandbox-servers", "eu1,us1"], |server, page| async move {
        let agent = format!("{}servers/eu1/enterprise/control/agent.php", server.url);
        let create = "<packet><secret_key><create><ip_address>192.0.2.5</ip_address>\
                      <description>kept</description></create></secret_key></packet>";
        let (status, _) = e2e::post_packet(&agent, ADMIN_KEY, create).await;
        ensure(status == 200, "a key to list")?;
        for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
            let sentences = english_left_behind(language);
            ensure(sentences.len() > 100, format!("{}: {} sentences to look for", language.tag(), sentences.len()))?;
            let tag = language.tag();
            page.execute("sessionStorage.clear(); localStorage.clear();", vec![]).await.ok();
            page.goto(&format!("{}?lang={tag}", server.url)).await?;
            until(&page, "the panel in its language", &format!(
                "return document.documentElement.lang === '{tag}' && !document.getElementById('pkp-shell') && !!document.getElementById('pkp-api-key');"
            )).await?;
            no_english(&page, &sentences, language, "connect page").await?;

            // A key Plesk refuses: the connect page's error.
            fill(&page, "pkp-api-key", "not-a-key-of-this-plesk").await?;
            click(&page, "#pkp-connect").await?;
            until(&page, "the refusal", "return document.getElementById('pkp-api-key').getAttribute('aria-invalid') === 'true';").await?;
            no_english(&page, &sentences, language, "connect error").await?;

            fill(&page, "pkp-api-key", ADMIN_KEY).await?;
            click(&page, "#pkp-connect").await?;
            until(&page, "the key list", ROWS).await?;
            no_english(&page, &sentences, language, "key list").await?;

            // Create without an address: the form's own error; then a key, shown once.
            click(&page, "#pkp-create-submit").await?;
            until(&page, "the create error", "return !!document.querySelector('form [role=alert], form .pkp-inline-error, .pkp-field-error');").await.ok();
            no_english(&page, &sentences, language, "create error").await?;
            click(&page, "#pkp-create-bind:not(:checked)").await?;
            fill(&page, "pkp-create-description", "language test").await?;
            click(&page, "#pkp-create-submit").await?;
            click(&page, "#pkp-create-submit").await.ok();
            until(&page, "the new key", "return !!document.querySelector('.pkp-key-value');").await?;
            no_english(&page, &sentences, language, "new key").await?;

            click(&page, "#pkp-keys-table tbody tr:not([hidden]) .pkp-row-actions button.pkp-danger-quiet").await?;
            until(&page, "the delete dialog", OPEN_DIALOG).await?;
            no_english(&page, &sentences, language, "delete dialog").await?;
            close_dialog(&page).await?;

            click(&page, "#pkp-keys-table tbody tr:not([hidden]) .pkp-row-actions button").await?;
            until(&page, "the rotate dialog", OPEN_DIALOG).await?;
            no_english(&page, &sentences, language, "rotate dialog").await?;
            close_dialog(&page).await?;

            // All servers: the fleet view.
            page.execute(
                "const picker = document.getElementById('pkp-server');\
                 picker.value = [...picker.options].pop().value;\
                 picker.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![],
            )
            .await?;
            until(&page, "All servers", "return !!document.getElementById('pkp-all-title');").await?;
            no_english(&page, &sentences, language, "all servers").await?;

            // The check itself sees English: one sentence of the catalogue put on the page fails it.
            page.execute(
                "const probe = document.createElement('p'); probe.id = 'pkp-probe';\
                 probe.textContent = arguments[0]; document.body.append(probe);",
                vec![json!(sentences[0])],
            )
            .await?;
            ensure(
                no_english(&page, &sentences, language, "probe").await.is_err(),
                format!("{tag}: the check did not see {:?}", sentences[0]),
            )?;
        }
        Ok(())
    })
    .await;
}

/// The translation into `language` of the message whose English is `english` (plain messages).
fn translated(language: Language, english: &str) -> String {
    let at = catalogue(Language::English).iter().position(|record| record == english);
    let at = at.unwrap_or_else(|| panic!("no English message reads {english:?}"));
    catalogue(language).swap_remove(at)
}

async fn value_of(page: &Page, id: &str) -> Result<Value, String> {
    page.execute(
        "const f = document.getElementById(arguments[0]); return f ? f.value : null;",
        vec![json!(id)],
    )
    .await
}

async fn choose_language(page: &Page, tag: &str) -> Result<(), String> {
    page.execute(
        "const menu = document.getElementById('pkp-language'); menu.value = arguments[0];\
         menu.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![json!(tag)],
    )
    .await?;
    until(page, "the switch", &format!("return document.documentElement.lang === '{tag}';")).await
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_language_keeps_what_was_typed_and_arabic_mirrors() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        e2e::connect_with_key(&page, ADMIN_KEY).await?;
        page.type_into("IP addresses", "192.0.2.7").await?;
        page.type_into("Description", "typed before the switch").await?;

        // The menu in the header: German, no reload, the form as it was, the focus kept.
        page.select("Language", "Deutsch").await?;
        until(&page, "German", "return document.documentElement.lang === 'de';").await?;
        let german_create = translated(Language::German, "Create key");
        until(&page, "the German view", &format!(
            "return document.getElementById('pkp-create-submit').textContent.trim() === {};",
            json!(german_create)
        )).await?;
        ensure(
            value_of(&page, "pkp-create-description").await? == json!("typed before the switch"),
            "the description is kept",
        )?;
        ensure(value_of(&page, "pkp-create-ips").await? == json!("192.0.2.7"), "the addresses are kept")?;
        let focused = page.execute("return document.activeElement && document.activeElement.id;", vec![]).await?;
        // The menu was used: it keeps the focus in the new view (keyboard users go on from it).
        ensure(focused == json!("pkp-language"), format!("the focus stays on the menu: {focused}"))?;
        let remembered = page.execute("return localStorage.getItem('plesk-key-panel.language');", vec![]).await?;
        ensure(remembered == json!("de"), format!("remembered: {remembered}"))?;
        // The list is still there (no request was needed), and the panel's words are German.
        until(&page, "the key list", ROWS).await?;
        ensure(!page.body_text().await.contains("Look up keys"), "no English heading left")?;

        // Remembered: a reload opens in German, still connected (the key in this tab).
        page.reload().await?;
        until(&page, "German again", "return document.documentElement.lang === 'de' && !!document.getElementById('pkp-create-submit');").await?;

        // Arabic: right to left; the header's start (the title) on the right, its end (the
        // actions) on the left; key IDs and the typed key stay left to right.
        choose_language(&page, "ar").await?;
        let layout = page
            .execute(
                "const header = document.querySelector('#pkp-app .pkp-header');\
                 const title = header.querySelector('h1').getBoundingClientRect();\
                 const actions = header.querySelector('.pkp-header-actions').getBoundingClientRect();\
                 const id = document.querySelector('#pkp-keys-table tbody tr:not([hidden]) .pkp-id bdi');\
                 return { dir: document.documentElement.dir, titleLeft: title.left, actionsLeft: actions.left,\
                          titleRight: title.right, width: header.getBoundingClientRect().right,\
                          idDirection: getComputedStyle(id).direction,\
                          tableDirection: getComputedStyle(document.querySelector('#pkp-keys-table table')).direction };",
                vec![],
            )
            .await?;
        ensure(layout["dir"] == json!("rtl"), format!("dir: {layout}"))?;
        ensure(layout["tableDirection"] == json!("rtl"), format!("the table mirrors: {layout}"))?;
        ensure(layout["idDirection"] == json!("ltr"), format!("IDs stay left to right: {layout}"))?;
        let title_left = layout["titleLeft"].as_f64().unwrap_or(0.0);
        let actions_left = layout["actionsLeft"].as_f64().unwrap_or(0.0);
        ensure(title_left > actions_left, format!("the title is on the right of the actions: {layout}"))?;
        let gap = layout["width"].as_f64().unwrap_or(0.0) - layout["titleRight"].as_f64().unwrap_or(0.0);
        ensure(gap < 64.0, format!("the title starts at the right edge: {layout}"))?;
        ensure(
            value_of(&page, "pkp-create-description").await? == json!(""),
            "after a reload nothing typed was kept (as before)",
        )?;

        // Back to English: the same words as before the switches.
        choose_language(&page, "en").await?;
        page.role("button", "Create key").await?;
        ensure(
            page.execute("return document.documentElement.dir;", vec![]).await? == json!("ltr"),
            "English is left to right",
        )
    })
    .await;
}

/// Two languages chosen quickly, the first one's file slow to come: the panel ends in the one
/// chosen last (before the fix: the first one's file came last and won), and only that one is
/// remembered.
#[tokio::test(flavor = "multi_thread")]
async fn the_language_chosen_last_wins_over_a_slower_file() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        until(&page, "the panel", "return !!document.getElementById('pkp-language');").await?;
        // German's file takes 1.5 s; French's comes at once.
        page.execute(
            "const fetchNow = window.fetch.bind(window);\
             window.fetch = (resource, options) => {\
               const url = String(resource instanceof Request ? resource.url : resource);\
               const late = url.includes('pkp-lang-de-');\
               return late ? new Promise(done => setTimeout(() => done(fetchNow(resource, options)), 1500))\
                           : fetchNow(resource, options);\
             };\
             const menu = document.getElementById('pkp-language');\
             menu.value = 'de'; menu.dispatchEvent(new Event('change', { bubbles: true }));\
             menu.value = 'fr'; menu.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await?;
        until(&page, "French", "return document.documentElement.lang === 'fr';").await?;
        // Past German's late file.
        tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
        let state = page
            .execute(
                "return { lang: document.documentElement.lang,\
                          menu: document.getElementById('pkp-language').value,\
                          remembered: localStorage.getItem('plesk-key-panel.language'),\
                          title: document.getElementById('pkp-connect-title').textContent.trim() };",
                vec![],
            )
            .await?;
        let french_title = translated(Language::French, "Connect to Plesk");
        ensure(state["lang"] == json!("fr"), format!("the last choice stays: {state}"))?;
        ensure(state["menu"] == json!("fr"), format!("the menu says French: {state}"))?;
        ensure(state["remembered"] == json!("fr"), format!("French is remembered: {state}"))?;
        ensure(state["title"] == json!(french_title), format!("the words are French: {state}"))
    })
    .await;
}

/// The page `serve` writes before the panel starts is in the language the panel then opens in:
/// the one chosen in the menu (its cookie) over the browser's, a link's `?lang=` over both — so
/// the first paint does not change language when the panel mounts.
#[tokio::test(flavor = "multi_thread")]
async fn the_page_before_the_panel_is_in_the_chosen_language() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        choose_language(&page, "de").await?;
        let written = |query: &str| {
            format!(
                "return fetch(location.pathname + '{query}').then(answer => answer.text())\
                 .then(page => page.match(/<html lang=\"([^\"]+)\"/)[1]);"
            )
        };
        let chosen = page.execute(&written(""), vec![]).await?;
        ensure(chosen == json!("de"), format!("the menu's choice (the browser asks for English): {chosen}"))?;
        let linked = page.execute(&written("?lang=ja"), vec![]).await?;
        ensure(linked == json!("ja"), format!("a link's language: {linked}"))?;
        // Back to English in the menu: the page is English again.
        choose_language(&page, "en").await?;
        let english = page.execute(&written(""), vec![]).await?;
        ensure(english == json!("en"), format!("English chosen: {english}"))
    })
    .await;
}
