<?php

declare(strict_types=1);

namespace PwaPresta\Php\Feeds;

use PwaPresta\Php\Xml\Writer;

/**
 * The AmazonEnvelope around every feed, and the id choice shared by the builders.
 *
 * Twin of the envelope helpers of the Rust module `feeds`.
 */
final class Envelope
{
    /**
     * Starts an envelope up to its MessageType and returns the writer with the checked entries.
     *
     * @param array<mixed> $messages
     * @return array{Writer, list<mixed>}
     */
    public static function start(string $merchantIdentifier, string $messageType, string $listName, array $messages): array
    {
        $merchant = Input::textValue($merchantIdentifier, 'merchant_identifier')
            ?? throw Input::missing('merchant_identifier');
        $entries = Input::requiredList($messages, $listName);

        $writer = new Writer();
        $writer->start('AmazonEnvelope', [
            'xmlns:xsi' => 'http://www.w3.org/2001/XMLSchema-instance',
            'xsi:noNamespaceSchemaLocation' => 'amzn-envelope.xsd',
        ]);
        $writer->start('Header');
        $writer->text('DocumentVersion', '1.01');
        $writer->text('MerchantIdentifier', $merchant);
        $writer->end();
        $writer->text('MessageType', $messageType);

        return [$writer, $entries];
    }

    /**
     * Reads the id given either by Amazon's key or by the merchant's key, never both.
     *
     * @param array<mixed> $entry
     * @param array{string, string} $amazon key and element name
     * @param array{string, string} $merchant key and element name
     * @return array{string, string} element name and id
     */
    public static function eitherId(array $entry, string $path, array $amazon, array $merchant): array
    {
        $amazonId = Input::optionalText($entry, $path, $amazon[0]);
        $merchantId = Input::optionalText($entry, $path, $merchant[0]);
        if ($amazonId !== null && $merchantId !== null) {
            throw Input::invalid(
                Input::child($path, $merchant[0]),
                $merchantId,
                sprintf('either %s or %s, not both', $amazon[0], $merchant[0]),
            );
        }
        if ($amazonId !== null) {
            return [$amazon[1], $amazonId];
        }
        if ($merchantId !== null) {
            return [$merchant[1], $merchantId];
        }

        throw Input::missing(Input::child($path, $amazon[0]));
    }
}
