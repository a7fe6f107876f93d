//! Client requests: round trips through the server-side parser, and the official schema.

mod common;

use common::strategies::request_packet;
use plesk_xmlapi::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// What a server should read back from a client's packet.
fn expected_received(packet: &RequestPacket) -> Vec<ReceivedOperator> {
    packet
        .operators()
        .iter()
        .map(|ops| {
            ReceivedOperator::SecretKey(
                ops.iter()
                    .map(|op| match op {
                        Operation::Create(create) => ReceivedOperation::Create(ReceivedCreate {
                            ip_address: (!create.ip_addresses().is_empty())
                                .then(|| create.ip_addresses().to_string()),
                            description: create.description().map(str::to_owned),
                            login: create.login().map(str::to_owned),
                        }),
                        Operation::GetInfo(KeyFilter::All) => ReceivedOperation::GetInfo(ReceivedFilter::All),
                        Operation::GetInfo(KeyFilter::Keys(keys)) => {
                            ReceivedOperation::GetInfo(keys_of(keys))
                        }
                        Operation::Delete(keys) => ReceivedOperation::Delete(keys_of(keys)),
                    })
                    .collect(),
            )
        })
        .collect()
}

fn keys_of(keys: &KeyList) -> ReceivedFilter {
    ReceivedFilter::Keys(keys.keys().iter().map(|k| k.as_str().to_owned()).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_request_parses_back_to_the_same_value(packet in request_packet()) {
        let received = parse_request(&packet.to_xml()).expect("our own packet parses");
        prop_assert_eq!(received.version.as_deref(), packet.version().map(ProtocolVersion::as_str));
        prop_assert_eq!(received.operators, expected_received(&packet));
    }
}

#[test]
fn every_random_request_validates_against_agent_input_xsd() {
    let mut runner = TestRunner::deterministic();
    let strategy = request_packet();
    let documents: Vec<String> =
        (0..300).map(|_| strategy.new_tree(&mut runner).expect("value").current().to_xml()).collect();
    common::assert_all_valid("agent_input.xsd", &documents);
}

#[test]
fn hostile_user_text_stays_text() {
    let create = CreateKey::new(IpList::default(), "</description><login>admin</login>", "]]>").unwrap();
    let xml = RequestPacket::new(Operation::Create(create)).to_xml();
    let received = parse_request(&xml).unwrap();
    assert_eq!(
        received.operators,
        vec![ReceivedOperator::SecretKey(vec![ReceivedOperation::Create(ReceivedCreate {
            ip_address: None,
            description: Some("</description><login>admin</login>".into()),
            login: Some("]]>".into()),
        })])]
    );
    common::assert_all_valid("agent_input.xsd", &[xml]);
}

/// Packets the schema refuses: our 1014 text must carry exactly xmllint's (libxml2's) message
/// and line, which is what Plesk answers.
#[test]
fn schema_refusals_use_libxml2_wording() {
    let invalid = [
        "<packet/>",
        "<packet><foo/></packet>",
        "<foo/>",
        "<packet a=\"1\"><secret_key><create/></secret_key></packet>",
        "<packet><secret_key/></packet>",
        "<packet><secret_key><create><description/><ip_address/></create></secret_key></packet>",
        "<packet><secret_key><create><login/><x/></create></secret_key></packet>",
        "<packet><secret_key><create><ip_address/><ip_address/></create></secret_key></packet>",
        "<packet><secret_key><create><ip_address><a/></ip_address></create></secret_key></packet>",
        "<packet><secret_key><get_info/></secret_key></packet>",
        "<packet><secret_key><get_info><x/></get_info></secret_key></packet>",
        "<packet><secret_key><get_info><filter><x/></filter></get_info></secret_key></packet>",
        "<packet><secret_key><get_info><filter/><filter/></get_info></secret_key></packet>",
        "<packet><secret_key>hi<get_info><filter/></get_info></secret_key></packet>",
        "<packet><secret_key><create a=\"b\"/></secret_key></packet>",
        "<packet><request-settings/><secret_key><create/></secret_key></packet>",
        "<packet><secret_key><create/></secret_key><request-settings/></packet>",
        "<packet><request-settings><setting/></request-settings><secret_key><create/></secret_key></packet>",
        "<packet><request-settings><setting><name>a</name><x/></setting></request-settings><secret_key><create/></secret_key></packet>",
        "<packet><secret_key><create/><foo/></secret_key></packet>",
        "<packet><secret_key><create/></secret_key><foo/></packet>",
        "<packet><secret_key><delete><filter><key>a</key><x/></filter></delete></secret_key></packet>",
        "<packet><secret_key><delete><filter><key><b/></key></filter></delete></secret_key></packet>",
        "<packet>\n<secret_key>\n<create>\n<bad/>\n</create></secret_key></packet>",
        "<packet><request-settings><setting><name>x</name></setting></request-settings><foo/></packet>",
    ];
    let documents: Vec<String> = invalid.iter().map(|s| s.to_string()).collect();
    let verdicts = common::validate_all("agent_input.xsd", &documents);
    for (document, verdict) in documents.iter().zip(verdicts) {
        assert!(!verdict.valid, "xmllint accepts {document}");
        let ours = match parse_request(document) {
            Err(RequestError::Invalid { line, message }) => (line, message),
            other => panic!("{document}: expected a schema refusal, got {other:?}"),
        };
        assert_eq!(ours, (verdict.lines[0], verdict.messages[0].clone()), "{document}");
        assert!(RequestError::Invalid { line: ours.0, message: ours.1.clone() }
            .errtext()
            .starts_with("Parser error: Request is invalid. Error in line "));
    }
}

#[test]
fn server_side_understands_the_empty_delete_filter_and_settings() {
    let xml = "<?xml version=\"1.0\"?><packet version=\"1.6.9.1\"><request-settings><setting><name>x</name><value>1</value></setting></request-settings><secret_key><delete><filter/></delete></secret_key><webspace><get/></webspace></packet>";
    let received = parse_request(xml).unwrap();
    assert_eq!(received.settings, vec![("x".to_owned(), Some("1".to_owned()))]);
    assert_eq!(
        received.operators,
        vec![
            ReceivedOperator::SecretKey(vec![ReceivedOperation::Delete(ReceivedFilter::All)]),
            ReceivedOperator::Unsupported("webspace".into())
        ]
    );
}

#[test]
fn server_side_refuses_entities_and_oversize() {
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE packet [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><packet>&b;</packet>";
    assert_eq!(parse_request(laughs), Err(RequestError::Xml(XmlError::Doctype)));
    let huge = format!("<packet>{}</packet>", " ".repeat(limits::MAX_REQUEST_BYTES));
    assert!(matches!(parse_request(&huge), Err(RequestError::TooLarge { .. })));
    assert_eq!(parse_request_bytes(b"<packet>\xff</packet>"), Err(RequestError::NotUtf8));
}

/// The sandbox's 1014 texts for unreadable packets are Plesk's prefix and libxml2's words, never
/// the panel's own sentences about answers ("The answer is empty.").
#[test]
fn unreadable_requests_are_answered_in_libxml2_words() {
    let cases = [
        ("", "Document is empty"),
        ("   ", "Document is empty"),
        ("hello", "Start tag expected, '<' not found"),
        ("<packet><secret_key><get_info>", "Premature end of data"),
        ("<packet>&nope;</packet>", "Entity 'nope' not defined"),
    ];
    for (body, words) in cases {
        let text = parse_request(body).expect_err("unreadable").errtext();
        assert_eq!(
            text,
            format!("Parser error: Cannot parse the XML from the source specified: {words}"),
            "{body:?}"
        );
        assert!(!text.contains("The answer") && !text.contains("The XML"), "{text}");
    }
    assert_eq!(
        parse_request_bytes(b"<packet>\xff</packet>").expect_err("not UTF-8").errtext(),
        "Parser error: Cannot parse the XML from the source specified: Input is not proper UTF-8, indicate encoding !"
    );
}
