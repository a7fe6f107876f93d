//! Parsing a 10,000-entry get_info response (what "list all keys" returns on a big server), and
//! writing one, natively. `cargo bench -p plesk-xmlapi` (throughput in bytes/s).

use divan::counter::BytesCount;
use divan::Bencher;
use plesk_xmlapi::{
    parse_response, write_response, GetInfoResult, KeyInfo, OperationResponse, ResponseBody, ResponsePacket,
    ResponseStyle,
};

fn main() {
    divan::main();
}

fn ten_thousand_keys() -> ResponsePacket {
    let results = (0..10_000)
        .map(|id| {
            GetInfoResult::Found(vec![KeyInfo {
                id: id.to_string(),
                ip_addresses: vec!["192.0.2.1".into(), "2001:db8::1".into()],
                description: format!("Key number {id} for the <CI> & deploy robot"),
                owner: Some(if id % 3 == 0 { "admin".into() } else { format!("customer{}", id % 50) }),
            }])
        })
        .collect();
    ResponsePacket {
        version: Some("1.6.9.1".into()),
        body: ResponseBody::Operations(vec![OperationResponse::GetInfo(results)]),
    }
}

#[divan::bench(sample_count = 30)]
fn parse_10000_key_infos(bencher: Bencher) {
    let xml = write_response(&ten_thousand_keys(), ResponseStyle::Pretty);
    bencher
        .counter(BytesCount::new(xml.len()))
        .bench(|| parse_response(divan::black_box(&xml)).map(|p| p.version));
}

#[divan::bench(sample_count = 30)]
fn write_10000_key_infos(bencher: Bencher) {
    let packet = ten_thousand_keys();
    let size = write_response(&packet, ResponseStyle::Compact).len();
    bencher
        .counter(BytesCount::new(size))
        .bench(|| write_response(divan::black_box(&packet), ResponseStyle::Compact));
}
