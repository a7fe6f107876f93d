//! Writing response packets (the server side, used by the sandbox).

use crate::response::{GetInfoResult, KeyInfo, OperationResponse, ResponseBody, ResponsePacket, ResultError};
use crate::xml_out::{ResponseStyle, XmlOut};

/// Writes `packet` as XML that validates against `agent_output.xsd`. Consecutive operations are
/// grouped in one `<secret_key>` element.
pub fn write_response(packet: &ResponsePacket, style: ResponseStyle) -> String {
    let mut writer = XmlOut::new(style);
    writer.out.reserve(estimated_size(packet));
    writer.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    writer.newline();
    match &packet.version {
        Some(version) => writer.open_with_attributes("packet", &[("version".to_owned(), version.clone())]),
        None => writer.open("packet"),
    }
    match &packet.body {
        ResponseBody::System(error) => {
            writer.open("system");
            writer.text_element("status", "error");
            writer.text_element("errcode", &error.code.number().to_string());
            writer.text_element("errtext", &error.text);
            writer.close("system");
        }
        ResponseBody::Operations(operations) => {
            writer.open("secret_key");
            for operation in operations {
                write_operation(&mut writer, operation);
            }
            writer.close("secret_key");
        }
    }
    writer.close("packet");
    writer.out
}

/// A capacity guess that avoids regrowing the output for large key lists.
fn estimated_size(packet: &ResponsePacket) -> usize {
    match &packet.body {
        ResponseBody::System(error) => 200 + error.text.len(),
        ResponseBody::Operations(operations) => {
            operations
                .iter()
                .map(|operation| match operation {
                    OperationResponse::GetInfo(results) => results
                        .iter()
                        .map(|result| match result {
                            GetInfoResult::Found(infos) => 64 + infos.len() * 192,
                            GetInfoResult::Failed(error) => 160 + error.text.len(),
                        })
                        .sum(),
                    OperationResponse::Create(_) => 160,
                    OperationResponse::Delete(results) => results.len() * 128,
                })
                .sum::<usize>()
                + 128
        }
    }
}

fn write_operation(writer: &mut XmlOut, operation: &OperationResponse) {
    let name = operation.operation_name();
    writer.open(name);
    match operation {
        OperationResponse::Create(result) => {
            writer.open("result");
            match result {
                Ok(key) => {
                    writer.text_element("status", "ok");
                    writer.text_element("key", &key.0);
                }
                Err(error) => write_error(writer, error),
            }
            writer.close("result");
        }
        OperationResponse::GetInfo(results) => {
            for result in results {
                writer.open("result");
                match result {
                    GetInfoResult::Found(infos) => {
                        writer.text_element("status", "ok");
                        for info in infos {
                            write_key_info(writer, info);
                        }
                    }
                    GetInfoResult::Failed(error) => write_error(writer, error),
                }
                writer.close("result");
            }
        }
        OperationResponse::Delete(results) => {
            for result in results {
                writer.open("result");
                match result {
                    Ok(key) => {
                        writer.text_element("status", "ok");
                        if let Some(key) = key {
                            writer.text_element("key", key);
                        }
                    }
                    Err(error) => write_error(writer, error),
                }
                writer.close("result");
            }
        }
    }
    writer.close(name);
}

fn write_error(writer: &mut XmlOut, error: &ResultError) {
    writer.text_element("status", "error");
    writer.text_element("errcode", &error.code.number().to_string());
    writer.text_element("errtext", &error.text);
    if let Some(key) = &error.key {
        writer.text_element("key", key);
    }
}

fn write_key_info(writer: &mut XmlOut, info: &KeyInfo) {
    writer.open("key_info");
    writer.text_element("key", &info.id);
    writer.text_list_element("ip_address", &info.ip_addresses, ",");
    writer.text_element("description", &info.description);
    if let Some(owner) = &info.owner {
        writer.text_element("login", owner);
    }
    writer.close("key_info");
}
