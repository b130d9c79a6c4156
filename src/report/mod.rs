//! Order reports (`_GET_ORDERS_DATA_` XML): each OrderReport becomes an [`Order`], read as a stream.
//!
//! Reports can hold many thousands of orders, so the document is read in chunks and parsed one
//! event at a time in place (see `stream`), and only the OrderReport being converted is held in
//! memory. [`each_order`] reads from any reader (a file for the PHP binding) and hands each order
//! to a callback; [`parse_orders`] collects them from a document held in memory. The PHP twin is
//! `PwaPresta\Php\Report\OrderReportParser`.

mod attributes;
mod checks;
mod chunks;
mod open;
mod order_report;
mod reader;
mod scan;
mod scratch;
mod stream;
mod token;
mod tree;

use std::io::Read;

use crate::mws::response::{check_error_response, ParseError};
use crate::order::Order;
use chunks::CHUNK_BYTES;
use reader::ReportReader;
use stream::ReportStream;

pub use order_report::order_from_report;

/// Why streaming stopped: the document, or the callback.
#[derive(Debug)]
pub enum StreamError<E> {
    Parse(ParseError),
    Callback(E),
}

impl<E> From<ParseError> for StreamError<E> {
    fn from(error: ParseError) -> Self {
        StreamError::Parse(error)
    }
}

/// Reads a report and calls `on_order` once per OrderReport, in document order; returns the
/// number of orders.
///
/// The root must be AmazonEnvelope; an MWS ErrorResponse (what GetReport returns on failure) is
/// raised as [`ParseError::Mws`]. Under another root the document is read to its end before the
/// error is returned, so a malformed one gives [`ParseError::Malformed`] whatever its root.
/// Orders before a malformed part of the document have already been passed to `on_order` when
/// the error is returned.
///
/// # Errors
///
/// [`StreamError::Parse`] for a DOCTYPE, malformed XML, an ErrorResponse, another root, or an
/// invalid order; [`StreamError::Callback`] with the callback's own error, after which nothing
/// more is read.
pub fn each_order<R, E>(
    source: R,
    on_order: impl FnMut(Order) -> Result<(), E>,
) -> Result<usize, StreamError<E>>
where
    R: Read,
{
    stream_orders(ReportStream::new(source, CHUNK_BYTES), on_order)
}

/// Streams orders as [`each_order`] does, from a stream whose buffer size the tests choose.
fn stream_orders<R, E>(
    mut stream: ReportStream<R>,
    mut on_order: impl FnMut(Order) -> Result<(), E>,
) -> Result<usize, StreamError<E>>
where
    R: Read,
{
    let root = stream.read_root()?;
    // Under another root the document is read to its end first, so a malformed document is
    // reported as malformed whatever its root, as libxml in the PHP engine reports it.
    if root.name == "ErrorResponse" {
        let answer = stream.read_subtree(root)?;
        stream.read_to_end()?;
        check_error_response(&answer)?;
        return Ok(0);
    }
    if root.name != "AmazonEnvelope" {
        stream.read_to_end()?;
        return Err(StreamError::Parse(ParseError::invalid(
            &root.name,
            format!(
                "the report's root element is {}, expected AmazonEnvelope: pass a \
                 _GET_ORDERS_DATA_ XML report",
                root.name
            ),
        )));
    }

    let mut reader = ReportReader::default();
    let mut count = 0;
    while let Some(order) = reader.next_order(&mut stream)? {
        count += 1;
        on_order(order).map_err(StreamError::Callback)?;
    }
    Ok(count)
}

/// Parses a whole report held in memory into its orders.
///
/// # Errors
///
/// As [`each_order`].
pub fn parse_orders(xml: &[u8]) -> Result<Vec<Order>, ParseError> {
    let mut orders = Vec::new();
    let collected = each_order(xml, |order| {
        orders.push(order);
        Ok::<(), std::convert::Infallible>(())
    });
    match collected {
        Ok(_) => Ok(orders),
        Err(StreamError::Parse(error)) => Err(error),
        Err(StreamError::Callback(never)) => match never {},
    }
}

#[cfg(test)]
mod tests;
