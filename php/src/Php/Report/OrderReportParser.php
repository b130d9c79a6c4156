<?php

declare(strict_types=1);

namespace PwaPresta\Php\Report;

use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Php\Mws\Response\ElementReader;
use PwaPresta\Php\Mws\Response\ErrorResponse;
use PwaPresta\Php\Mws\Response\Fields;

/**
 * Reads _GET_ORDERS_DATA_ XML reports with XMLReader, one OrderReport in memory at a time, and
 * turns each into the Order shape. Twin of the Rust module `report`.
 *
 * The root must be AmazonEnvelope; an MWS ErrorResponse (what GetReport returns on failure) is
 * thrown as its MwsErrorException. Under another root, the document is read to its end first, so
 * a malformed document raises MalformedXmlException whatever its root. Orders before a malformed
 * part of a streamed document have already been passed to the callback when the exception is
 * thrown.
 */
final class OrderReportParser
{
    /** @return list<array<string, mixed>> */
    public static function parseString(string $xml): array
    {
        $orders = [];
        self::stream(ElementReader::fromString($xml), static function (array $order) use (&$orders): void {
            $orders[] = $order;
        });

        return $orders;
    }

    /** @param callable(array<string, mixed>): void $onOrder */
    public static function eachOrder(string $path, callable $onOrder): int
    {
        return self::stream(ElementReader::fromFile($path), $onOrder);
    }

    private static function stream(ElementReader $reader, callable $onOrder): int
    {
        try {
            do {
                $node = $reader->nextNode();
            } while ($node === null || $node[0] !== ElementReader::START);
            $root = $node[1];
            if ($root->name !== 'AmazonEnvelope') {
                // The whole document is checked first, so a malformed one is reported as
                // malformed whatever its root, as in the native engine.
                $subtree = $reader->readSubtree($root);
                while ($reader->nextNode() !== null) {
                }
                if ($root->name === 'ErrorResponse') {
                    ErrorResponse::check($subtree);
                }
                throw self::wrongRoot($root->name);
            }

            $count = 0;
            while (($node = $reader->nextNode()) !== null) {
                if ($node[0] !== ElementReader::START || $node[1]->name !== 'OrderReport') {
                    continue;
                }
                $order = OrderReportConverter::order($reader->readSubtree($node[1]));
                $count++;
                $onOrder($order);
            }

            return $count;
        } finally {
            $reader->close();
        }
    }

    private static function wrongRoot(string $name): InvalidDocumentException
    {
        return Fields::invalid($name, sprintf(
            "the report's root element is %s, expected AmazonEnvelope: pass a _GET_ORDERS_DATA_ XML report",
            $name,
        ));
    }
}
