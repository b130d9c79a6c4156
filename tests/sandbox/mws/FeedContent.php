<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

use DOMDocument;
use DOMElement;

/**
 * Inspects a feed body: well-formed XML, an AmazonEnvelope root, and for the order feeds the
 * MessageType that matches the FeedType. MWS accepts a feed whatever its content and reports
 * such problems later in the processing report, so this returns the problem instead of throwing.
 */
final class FeedContent
{
    public const MESSAGE_TYPES = [
        '_POST_ORDER_FULFILLMENT_DATA_' => 'OrderFulfillment',
        '_POST_PAYMENT_ADJUSTMENT_DATA_' => 'OrderAdjustment',
        '_POST_ORDER_ACKNOWLEDGEMENT_DATA_' => 'OrderAcknowledgement',
    ];

    /**
     * @return array{problem: string|null, messages: int, amazon_order_ids: array<string, string>}
     *         amazon_order_ids maps each MessageID to the first AmazonOrderID inside its Message
     */
    public static function inspect(string $feedType, string $body): array
    {
        $document = new DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $loaded = $document->loadXML($body, LIBXML_NONET);
        $error = libxml_get_last_error();
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        if (!$loaded || $document->documentElement === null) {
            $detail = $error === false
                ? 'no document element'
                : sprintf('line %d: %s', $error->line, trim($error->message));

            return ['problem' => "XML Parsing Fatal Error at $detail", 'messages' => 0, 'amazon_order_ids' => []];
        }

        $root = $document->documentElement;
        $messageType = null;
        $orderIds = [];
        $messages = 0;
        foreach ($root->childNodes as $child) {
            if (!$child instanceof DOMElement) {
                continue;
            }
            if ($child->localName === 'MessageType') {
                $messageType = trim($child->textContent);
            } elseif ($child->localName === 'Message') {
                $messages++;
                $orderIds += self::messageOrderId($child);
            }
        }

        return [
            'problem' => self::envelopeProblem($feedType, $root->localName, $messageType),
            'messages' => $messages,
            'amazon_order_ids' => $orderIds,
        ];
    }

    private static function envelopeProblem(string $feedType, string $rootName, ?string $messageType): ?string
    {
        if ($rootName !== 'AmazonEnvelope') {
            return "The root element is $rootName, not AmazonEnvelope.";
        }
        $expected = self::MESSAGE_TYPES[$feedType] ?? null;
        if ($expected !== null && $messageType !== $expected) {
            return sprintf(
                'MessageType "%s" does not match FeedType %s, which needs %s.',
                $messageType ?? '',
                $feedType,
                $expected,
            );
        }

        return null;
    }

    /** @return array<string, string> */
    private static function messageOrderId(DOMElement $message): array
    {
        $messageId = $message->getElementsByTagName('MessageID')->item(0)?->textContent;
        $orderId = $message->getElementsByTagName('AmazonOrderID')->item(0)?->textContent;
        if ($messageId === null || $orderId === null) {
            return [];
        }

        return [trim($messageId) => trim($orderId)];
    }
}
