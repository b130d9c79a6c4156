<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * MWS feed types the module sends and the MessageType each carries.
 */
final class FeedType
{
    public const FULFILLMENT = '_POST_ORDER_FULFILLMENT_DATA_';
    public const ADJUSTMENT = '_POST_PAYMENT_ADJUSTMENT_DATA_';
    public const ACKNOWLEDGEMENT = '_POST_ORDER_ACKNOWLEDGEMENT_DATA_';

    /** Returns the label the order page shows for a feed type. */
    public static function label(string $feedType): string
    {
        return match ($feedType) {
            self::FULFILLMENT => 'Shipment confirmation',
            self::ADJUSTMENT => 'Refund',
            self::ACKNOWLEDGEMENT => 'Cancellation',
            default => $feedType,
        };
    }
}
