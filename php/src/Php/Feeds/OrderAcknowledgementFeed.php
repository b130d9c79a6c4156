<?php

declare(strict_types=1);

namespace PwaPresta\Php\Feeds;

use PwaPresta\Php\Xml\Writer;

/**
 * _POST_ORDER_ACKNOWLEDGEMENT_DATA_: import confirmation or cancellation; twin of the Rust module
 * `feeds::acknowledgement`. Input shape: PwaPresta\Api::orderAcknowledgementFeed.
 */
final class OrderAcknowledgementFeed
{
    private const ACKNOWLEDGEMENT_KEYS = ['amazon_order_id', 'merchant_order_id', 'status_code', 'items'];

    private const ITEM_KEYS = ['amazon_order_item_code', 'merchant_order_item_id', 'cancel_reason'];

    public const STATUS_CODES = ['Success', 'Failure'];

    /** CancelReason values of Amazon's OrderAcknowledgement schema (release 1.9). */
    public const CANCEL_REASONS = [
        'NoInventory', 'ShippingAddressUndeliverable', 'CustomerExchange', 'BuyerCanceled',
        'GeneralAdjustment', 'CarrierCreditDecision', 'RiskAssessmentInformationNotValid',
        'CarrierCoverageFailure', 'CustomerReturn', 'MerchandiseNotReceived',
    ];

    /** @param array<mixed> $acknowledgements */
    public static function build(string $merchantIdentifier, array $acknowledgements): string
    {
        [$writer, $entries] = Envelope::start(
            $merchantIdentifier,
            'OrderAcknowledgement',
            'acknowledgements',
            $acknowledgements,
        );
        foreach ($entries as $position => $entry) {
            $writer->start('Message');
            $writer->text('MessageID', (string) ($position + 1));
            self::writeAcknowledgement($writer, $entry, Input::index('acknowledgements', $position));
            $writer->end();
        }

        return $writer->finish();
    }

    private static function writeAcknowledgement(Writer $writer, mixed $entry, string $path): void
    {
        Input::checkKeys($path, $entry, self::ACKNOWLEDGEMENT_KEYS);
        $orderId = Input::requiredText($entry, $path, 'amazon_order_id');
        $merchantOrderId = Input::optionalText($entry, $path, 'merchant_order_id');
        $status = Input::oneOf($entry, $path, 'status_code', self::STATUS_CODES);

        $writer->start('OrderAcknowledgement');
        $writer->text('AmazonOrderID', $orderId);
        if ($merchantOrderId !== null) {
            $writer->text('MerchantOrderID', $merchantOrderId);
        }
        $writer->text('StatusCode', $status);

        $itemsPath = Input::child($path, 'items');
        foreach (Input::optionalList($entry, $path, 'items') as $position => $item) {
            $itemPath = Input::index($itemsPath, $position);
            Input::checkKeys($itemPath, $item, self::ITEM_KEYS);
            $itemCode = Input::requiredText($item, $itemPath, 'amazon_order_item_code');
            $merchantItemId = Input::optionalText($item, $itemPath, 'merchant_order_item_id');
            $cancelReason = Input::optionalText($item, $itemPath, 'cancel_reason');
            if ($cancelReason !== null && $status !== 'Failure') {
                throw Input::invalid(
                    Input::child($itemPath, 'cancel_reason'),
                    Input::shown($item['cancel_reason']),
                    'no cancel reason unless status_code is Failure',
                );
            }
            if ($cancelReason !== null) {
                $cancelReason = Input::oneOf($item, $itemPath, 'cancel_reason', self::CANCEL_REASONS);
            }

            $writer->start('Item');
            $writer->text('AmazonOrderItemCode', $itemCode);
            if ($merchantItemId !== null) {
                $writer->text('MerchantOrderItemID', $merchantItemId);
            }
            if ($cancelReason !== null) {
                $writer->text('CancelReason', $cancelReason);
            }
            $writer->end();
        }
        $writer->end();
    }
}
