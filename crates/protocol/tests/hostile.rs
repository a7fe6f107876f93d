//! Hostile input, as a table: each case gets a clear error or correct handling — no panic, and
//! bounded memory and time (every case runs within the documented limits).

use plesk_xmlapi::*;

/// What a case must come to.
enum Expect {
    /// Refused with an error whose message says this.
    Refused(&'static str),
    /// Accepted and handled correctly, as checked by the function.
    Handled(fn(&str) -> Result<(), String>),
}

fn response_case(body: &str) -> Result<String, String> {
    match parse_response(body) {
        Ok(packet) => Ok(format!("{packet:?}")),
        Err(error) => Err(error.to_string()),
    }
}

fn request_for(description: &str, login: &str, addresses: &str) -> Result<String, String> {
    let ips = IpList::parse(addresses).map_err(|e| e.to_string())?;
    let create = CreateKey::new(ips, description, login).map_err(|e| e.to_string())?;
    Ok(RequestPacket::new(Operation::Create(create)).to_xml())
}

fn round_trips(description: &str, login: &str) -> Result<(), String> {
    let xml = request_for(description, login, "192.0.2.1")?;
    let received = parse_request(&xml).map_err(|e| e.to_string())?;
    match &received.operators[..] {
        [ReceivedOperator::SecretKey(ops)] => match &ops[..] {
            [ReceivedOperation::Create(create)]
                if create.description.as_deref() == Some(description)
                    && create.login.as_deref() == Some(login.trim()) =>
            {
                Ok(())
            }
            other => Err(format!("changed on the way: {other:?}")),
        },
        other => Err(format!("unexpected operators {other:?}")),
    }
}

#[test]
fn hostile_server_answers() {
    let huge_text = format!("<packet><secret_key><get_info><result><status>ok</status><key_info><key>1</key><ip_address>x</ip_address><description>{}</description></key_info></result></get_info></secret_key></packet>", "a".repeat(limits::MAX_RESPONSE_BYTES));
    let deep = format!("{}{}", "<a>".repeat(200_000), "</a>".repeat(200_000));
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]><packet>&lol2;</packet>";
    let many: String = (0..100_000)
        .map(|id| {
            format!("<key_info><key>{id}</key><ip_address>192.0.2.1</ip_address><description/></key_info>")
        })
        .collect();
    let many = format!("<packet><secret_key><get_info><result><status>ok</status>{many}</result></get_info></secret_key></packet>");
    let cases: Vec<(&str, String, Expect)> = vec![
        ("huge body", huge_text, Expect::Refused("more than")),
        ("200,000 levels deep", deep, Expect::Refused("nests elements more than 32 deep")),
        ("billion laughs", laughs.into(), Expect::Refused("DOCTYPE or entity declaration")),
        ("HTML instead of XML", "<!DOCTYPE html><html><body>Bad Gateway</body></html>".into(), Expect::Refused("HTML page")),
        ("errcode out of range", "<packet><system><status>error</status><errcode>4294967296</errcode><errtext>x</errtext></system></packet>".into(), Expect::Refused("not a number from 0 to 4294967295")),
        ("negative errcode", "<packet><system><status>error</status><errcode>-1</errcode><errtext>x</errtext></system></packet>".into(), Expect::Refused("not a number from 0 to 4294967295")),
        ("100,000 key_info", many, Expect::Handled(|debug| if debug.matches("KeyInfo {").count() == 100_000 { Ok(()) } else { Err("not all keys read".into()) })),
        ("undeclared entity", "<packet>&ent;</packet>".into(), Expect::Refused("undeclared entity")),
        ("truncated", "<packet><secret_key><get_info><result>".into(), Expect::Refused("cut off")),
    ];
    for (name, body, expect) in cases {
        match (response_case(&body), expect) {
            (Err(message), Expect::Refused(words)) => assert!(message.contains(words), "{name}: {message}"),
            (Ok(debug), Expect::Handled(check)) => check(&debug).unwrap_or_else(|e| panic!("{name}: {e}")),
            (Ok(_), Expect::Refused(words)) => {
                panic!("{name}: accepted, expected a refusal mentioning {words:?}")
            }
            (Err(message), Expect::Handled(_)) => panic!("{name}: refused: {message}"),
        }
    }
    assert!(
        matches!(parse_response_bytes(b"<packet>\xff\xfe</packet>"), Err(ResponseError::NotUtf8)),
        "invalid UTF-8"
    );
}

#[test]
fn hostile_user_input() {
    let megabyte = "x".repeat(1024 * 1024);
    let ten_thousand: String = (0..10_000)
        .map(|i| format!("10.{}.{}.{}", i / 65536, (i / 256) % 256, i % 256))
        .collect::<Vec<_>>()
        .join(",");
    type Attempt = Box<dyn Fn() -> Result<(), String>>;
    let cases: Vec<(&str, Attempt, Expect)> = vec![
        (
            "markup injection",
            Box::new(|| round_trips("</description><login>admin</login>", "jdoe")),
            Expect::Handled(|_| Ok(())),
        ),
        ("CDATA end", Box::new(|| round_trips("]]>", "]]>")), Expect::Handled(|_| Ok(()))),
        ("CR survives", Box::new(|| round_trips("line\r\nnext", "jdoe")), Expect::Handled(|_| Ok(()))),
        (
            "control character",
            Box::new(|| request_for("bell\u{7}", "", "").map(|_| ())),
            Expect::Refused("character XML cannot carry (U+0007"),
        ),
        ("U+FFFE", Box::new(|| request_for("", "a\u{FFFE}", "").map(|_| ())), Expect::Refused("U+FFFE")),
        (
            "1 MB description",
            Box::new(move || request_for(&megabyte, "", "").map(|_| ())),
            Expect::Refused("characters long; at most 1024"),
        ),
        (
            "10,000 addresses",
            Box::new(move || request_for("", "", &ten_thousand).map(|_| ())),
            Expect::Refused("10000 addresses are too many"),
        ),
        (
            "empty delete list",
            Box::new(|| KeyList::parse(" , \n").map(|_| ()).map_err(|e| e.to_string())),
            Expect::Refused("No key given"),
        ),
        (
            "11,000 keys to delete",
            Box::new(|| {
                KeyList::parse(&(0..11_000).map(|i| i.to_string()).collect::<Vec<_>>().join("\n"))
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            Expect::Refused("too many for one request"),
        ),
    ];
    for (name, run, expect) in cases {
        match (run(), expect) {
            (Ok(()), Expect::Handled(check)) => check("").unwrap_or_else(|e| panic!("{name}: {e}")),
            (Err(message), Expect::Refused(words)) => assert!(message.contains(words), "{name}: {message}"),
            (Ok(()), Expect::Refused(words)) => {
                panic!("{name}: accepted, expected a refusal mentioning {words:?}")
            }
            (Err(message), Expect::Handled(_)) => panic!("{name}: {message}"),
        }
    }
}

/// A compromised Plesk's "new key" that would forge lines, drive a terminal or hide text is
/// refused by the parser, and the refusal never quotes it (issue 23, items 6 and 11).
#[test]
fn a_new_key_that_is_not_key_shaped_is_refused_without_being_quoted() {
    let hostile = [
        ("abc&#x9b;2J&#13;us1=&#x202e;FAKE&#10;x", "FAKE"),
        ("x\ns1=ATTACKER\nPLESK_ENDPOINT=https://evil.example", "ATTACKER"),
        ("e4b01d73 7368", "7368"),
        ("zero&#x200b;width", "width"),
        ("tab&#9;ok", "tab"),
    ];
    for (value, marker) in hostile {
        let body = format!("<packet><secret_key><create><result><status>ok</status><key>{value}</key></result></create></secret_key></packet>");
        let error = parse_response(&body).expect_err(value);
        assert!(matches!(error, ResponseError::MalformedNewKey { .. }), "{value}: {error:?}");
        let message = error.to_string();
        assert!(!message.contains(marker), "{message} quotes the value");
    }
    let real = "<packet><secret_key><create><result><status>ok</status><key>e4b01d73-7368-64a6-0515-9fa8fc1d3a78</key></result></create></secret_key></packet>";
    assert!(parse_response(real).is_ok());
}
