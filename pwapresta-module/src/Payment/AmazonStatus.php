<?php

declare(strict_types=1);

namespace PwaPresta\Module\Payment;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One order status Amazon reported: an IOPN notification type (NewOrderNotification,
 * OrderReadyToShipNotification, OrderCancelledNotification) or an MWS OrderStatus (Pending,
 * Unshipped, Canceled, ...), with the UTC time Amazon gave it.
 */
final class AmazonStatus
{
    public const SOURCE_IOPN = 'IOPN';
    public const SOURCE_MWS = 'MWS';
    /** A move the shop made without a report from Amazon (the time is the shop's clock). */
    public const SOURCE_SHOP = 'shop';

    /**
     * @param string $source SOURCE_IOPN or SOURCE_MWS
     * @param string $reportedAt UTC date "YYYY-MM-DDTHH:MM:SSZ": the IOPN Timestamp or the MWS LastUpdateDate
     */
    public function __construct(
        public readonly string $source,
        public readonly string $status,
        public readonly string $reportedAt,
    ) {
    }

    /** Returns the report time in the shop's time zone, as PrestaShop stores dates (Y-m-d H:i:s). */
    public function reportedAtShopTime(): string
    {
        try {
            $utc = new \DateTimeImmutable($this->reportedAt, new \DateTimeZone('UTC'));
        } catch (\Exception) {
            $utc = new \DateTimeImmutable('now', new \DateTimeZone('UTC'));
        }

        return $utc->setTimezone(new \DateTimeZone(date_default_timezone_get()))->format('Y-m-d H:i:s');
    }
}
