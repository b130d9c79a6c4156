<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

use XMLWriter;

/**
 * Writes MWS responses with XMLWriter: the success envelope <ActionResponse><ActionResult> with
 * ResponseMetadata/RequestId, and element trees from PHP arrays.
 */
final class XmlResponse
{
    /**
     * Writes the envelope of a successful call with the elements of $result (see write()) inside
     * <ActionResult>.
     *
     * @param array<string, mixed> $result
     */
    public static function success(string $namespace, string $action, string $requestId, array $result): MwsResponse
    {
        $writer = self::start();
        $writer->startElement($action . 'Response');
        $writer->writeAttribute('xmlns', $namespace);
        $writer->startElement($action . 'Result');
        foreach ($result as $name => $value) {
            self::write($writer, (string) $name, $value);
        }
        $writer->endElement();
        $writer->startElement('ResponseMetadata');
        $writer->writeElement('RequestId', $requestId);
        $writer->endElement();
        $writer->endElement();

        return new MwsResponse(200, self::finish($writer));
    }

    /**
     * Writes $value as element $name: an associative array becomes child elements in its order, a
     * list repeats the element, a bool becomes true or false, and null or an empty array writes
     * nothing.
     */
    public static function write(XMLWriter $writer, string $name, mixed $value): void
    {
        if ($value === null || $value === []) {
            return;
        }
        if (is_array($value) && array_is_list($value)) {
            foreach ($value as $entry) {
                self::write($writer, $name, $entry);
            }

            return;
        }
        $writer->startElement($name);
        if (is_array($value)) {
            foreach ($value as $childName => $child) {
                self::write($writer, (string) $childName, $child);
            }
        } else {
            $text = is_bool($value) ? var_export($value, true) : (string) $value;
            $writer->text($text);
        }
        $writer->endElement();
    }

    public static function start(): XMLWriter
    {
        $writer = new XMLWriter();
        $writer->openMemory();
        $writer->setIndent(true);
        $writer->setIndentString('  ');
        $writer->startDocument('1.0', 'UTF-8');

        return $writer;
    }

    public static function finish(XMLWriter $writer): string
    {
        $writer->endDocument();

        return $writer->outputMemory();
    }
}
