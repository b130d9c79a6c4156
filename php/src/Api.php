<?php

declare(strict_types=1);

namespace PwaPresta;

use PwaPresta\Engine\Engine;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

/**
 * The facade every caller uses: Pay with Amazon IOPN, MWS, feeds, cart signing and order states.
 *
 * It runs on the native engine (the Rust extension) when extension_loaded('pwapresta') and on the
 * pure-PHP engine otherwise; both return the same results and throw the same exceptions
 * (PwaPresta\Exception\*). Array shapes are documented on PwaPresta\Engine\Engine and below.
 */
final class Api
{
    /** Default IOPN timestamp tolerance, both past and future: 15 minutes. */
    public const IOPN_TOLERANCE_SECONDS = 900;

    private static ?Engine $engine = null;

    /** The engine in use: native when the extension is loaded, php otherwise. */
    public static function engine(): Engine
    {
        return self::$engine ??= NativeEngine::isAvailable() ? new NativeEngine() : new PhpEngine();
    }

    /** Forces an engine (tests, benchmarks); null returns to automatic selection. */
    public static function useEngine(?Engine $engine): void
    {
        self::$engine = $engine;
    }

    /** 'native' or 'php'. */
    public static function engineName(): string
    {
        return self::engine()->name();
    }

    public static function engineVersion(): string
    {
        return self::engine()->version();
    }

    /**
     * Verifies an IOPN delivery ($_POST as PHP decoded it); see Engine::verifyNotification.
     *
     * @param array<string, mixed> $fields
     * @param int|null $now Unix seconds; null reads the clock
     * @return array{notification_type: string, uuid: string, timestamp: string, timestamp_unix: int,
     *               aws_access_key_id: string}
     */
    public static function verifyNotification(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        ?int $now = null,
        int $toleranceSeconds = self::IOPN_TOLERANCE_SECONDS,
    ): array {
        return self::engine()->verifyNotification($fields, $secretKey, $accessKeyId, $now ?? time(), $toleranceSeconds);
    }

    /**
     * Parses IOPN NotificationData into the Order shape; see Engine.
     *
     * @return array<string, mixed>
     */
    public static function parseNotification(string $notificationData): array
    {
        return self::engine()->parseNotification($notificationData);
    }

    /** @param array<string, string|int> $parameters */
    public static function mwsCanonicalQuery(array $parameters): string
    {
        return self::engine()->mwsCanonicalQuery($parameters);
    }

    /** @param array<string, string|int> $parameters */
    public static function mwsStringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return self::engine()->mwsStringToSign($method, $host, $path, $parameters);
    }

    public static function mwsSignature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod = 'HmacSHA256',
    ): string {
        return self::engine()->mwsSignature($stringToSign, $secretKey, $signatureMethod);
    }

    /**
     * Builds a signed MWS request; see Engine::mwsSignedRequest for the keys.
     *
     * @param array<string, mixed> $request
     * @return array<string, mixed>
     */
    public static function mwsSignedRequest(array $request, #[\SensitiveParameter] string $secretKey): array
    {
        return self::engine()->mwsSignedRequest($request, $secretKey);
    }

    public static function contentMd5(string $body): string
    {
        return self::engine()->contentMd5($body);
    }

    /**
     * Sends a signed MWS request; see Engine::mwsSend.
     *
     * @param array<string, mixed> $signedRequest
     * @param array<string, mixed> $options
     * @return array{status: int, headers: array<string, string>, body: string}
     */
    public static function mwsSend(array $signedRequest, array $options = []): array
    {
        return self::engine()->mwsSend($signedRequest, $options);
    }

    /**
     * Parses an MWS answer; an ErrorResponse raises an MwsErrorException (see Engine::parseMwsResponse).
     *
     * Text values are trimmed and null when the element is absent or empty; dates are UTC
     * "YYYY-MM-DDTHH:MM:SSZ"; Money is ['currency' => string, 'amount' => int minor units];
     * lists stay lists with one entry. has_next is HasNext when present, else NextToken !== null.
     * Shapes per action (ByNextToken variants return the shape of their action):
     *   RequestReport: [request_id, report_request => ReportRequest]
     *   ManageReportSchedule: [request_id, count => int, report_schedules => list<[report_type,
     *       schedule, scheduled_date]>]
     *   GetReportRequestList: [request_id, next_token, has_next => bool, report_requests => list<ReportRequest>]
     *   GetReportList: [request_id, next_token, has_next, reports => list<ReportInfo>]
     *   UpdateReportAcknowledgements: [request_id, count => int, reports => list<ReportInfo>]
     *   ListOrders: [request_id, next_token, has_next, created_before, last_updated_before,
     *       orders => list<[amazon_order_id, seller_order_id, purchase_date, last_update_date, order_status,
     *       fulfillment_channel, sales_channel, order_channel, ship_service_level,
     *       shipment_service_level_category, shipping_address => Address|null, order_total => Money|null,
     *       number_of_items_shipped => ?int, number_of_items_unshipped => ?int, payment_method,
     *       marketplace_id, buyer_email, buyer_name, order_type, earliest_ship_date, latest_ship_date,
     *       is_business_order => ?bool, is_prime => ?bool]>]
     *   ListOrderItems: [request_id, next_token, has_next, amazon_order_id, order_items => list<[
     *       order_item_id, asin, seller_sku, title, quantity_ordered => int, quantity_shipped => ?int,
     *       item_price, shipping_price, gift_wrap_price, item_tax, shipping_tax, gift_wrap_tax,
     *       shipping_discount, promotion_discount, cod_fee, cod_fee_discount (each Money|null),
     *       promotion_ids => list<string>, gift_message_text, gift_wrap_level, condition_id,
     *       condition_subtype_id, condition_note]>]
     *   SubmitFeed: [request_id, feed_submission => FeedSubmission]
     *   GetFeedSubmissionList: [request_id, next_token, has_next, feed_submissions => list<FeedSubmission>]
     *   GetFeedSubmissionResult (a ProcessingReport envelope): [request_id => null, merchant_identifier,
     *       document_transaction_id, status_code, messages_processed, messages_successful,
     *       messages_with_error, messages_with_warning (ints), successful => bool (messages_with_error
     *       === 0; StatusCode Complete alone is not success), results => list<[message_id => ?int,
     *       result_code, result_message_code, result_description, amazon_order_id, merchant_order_id,
     *       amazon_order_item_code, sku]>]
     *   ReportRequest: [report_request_id, report_type, start_date, end_date, scheduled => ?bool,
     *       submitted_date, report_processing_status, generated_report_id, started_processing_date,
     *       completed_date]
     *   ReportInfo: [report_id, report_type, report_request_id, available_date, acknowledged => ?bool,
     *       acknowledged_date]
     *   FeedSubmission: [feed_submission_id, feed_type, submitted_date, feed_processing_status,
     *       started_processing_date, completed_processing_date]
     * The record ids (report_request_id, report_id, amazon_order_id, order_item_id,
     * feed_submission_id) and quantity_ordered are required: InvalidDocumentException otherwise.
     *
     * @return array<string, mixed>
     */
    public static function parseMwsResponse(string $action, string $xml): array
    {
        return self::engine()->parseMwsResponse($action, $xml);
    }

    /**
     * Parses a _GET_ORDERS_DATA_ XML report into Orders (the Order shape of Engine): buyer from
     * BillingData, shipping_address from FulfillmentData/Address (StateOrRegion as state),
     * components from ItemPrice and Promotion (a Promotion component T becomes the positive TPromo),
     * client_request_id from CustomizationInfo Data "ClientRequestId=<id>". An ErrorResponse
     * raises its MwsErrorException.
     *
     * @return list<array<string, mixed>>
     */
    public static function parseOrderReport(string $xml): array
    {
        return self::engine()->parseOrderReport($xml);
    }

    /**
     * Streams a report file, one order in memory at a time, calling $onOrder per Order in document
     * order; returns the number of orders. An unreadable file raises MalformedXmlException.
     *
     * @param callable(array<string, mixed>): void $onOrder
     */
    public static function eachReportOrder(string $path, callable $onOrder): int
    {
        return self::engine()->eachReportOrder($path, $onOrder);
    }

    /**
     * Builds a _POST_ORDER_FULFILLMENT_DATA_ body (shipment confirmation), one Message per fulfillment.
     *
     * Each fulfillment: 'amazon_order_id' or 'merchant_order_id' (exactly one). The merchant id only
     * works after an acknowledgement mapped it. Then 'merchant_fulfillment_id'?, 'fulfillment_date' (int
     * Unix seconds, written YYYY-MM-DDTHH:MM:SSZ in UTC), 'carrier_code'? or 'carrier_name'?
     * (CarrierCode when a code is given, else CarrierName; required when 'shipping_method'? or
     * 'tracking_number'? is given), 'items'? (none ships the whole order), each
     * 'amazon_order_item_code' or 'merchant_order_item_id', 'merchant_fulfillment_item_id'?,
     * 'quantity'? (int >= 1). Text is a string or an int; null or '' means not given. Errors name the
     * key path, e.g. fulfillments[0].items[1].quantity: MissingFieldException, InvalidFieldException
     * (wrong type, unknown key, text that is not UTF-8 XML text).
     *
     * @param list<array<string, mixed>> $fulfillments
     */
    public static function orderFulfillmentFeed(string $merchantIdentifier, array $fulfillments): string
    {
        return self::engine()->orderFulfillmentFeed($merchantIdentifier, $fulfillments);
    }

    /**
     * Builds a _POST_PAYMENT_ADJUSTMENT_DATA_ body (refunds), one Message per adjustment.
     *
     * Each adjustment: 'amazon_order_id', 'currency' (ISO 4217), 'items' (at least one), each
     * 'amazon_order_item_code', 'merchant_adjustment_item_id'?, 'reason' (AdjustmentReason such as
     * CustomerReturn, NoInventory, CouldNotShip, GeneralAdjustment, PriceError), 'components'
     * ([type => int minor units], types Principal, Shipping, Tax, ShippingTax, GiftWrap, Goodwill,
     * ...), 'promotions'? (list of ['merchant_promotion_id'?, 'components' => [Principal|Shipping =>
     * int]]), 'quantity_cancelled'? (int >= 1, for unshipped units). Amounts are written exactly as
     * given, sign included. Amazon's convention: totals for the item's whole quantity, positive is
     * returned to the buyer, a promotion the buyer received is clawed back as a negative promotion
     * component, and the net must be a credit. A non-int amount raises InvalidAmountException.
     *
     * @param list<array<string, mixed>> $adjustments
     */
    public static function paymentAdjustmentFeed(string $merchantIdentifier, array $adjustments): string
    {
        return self::engine()->paymentAdjustmentFeed($merchantIdentifier, $adjustments);
    }

    /**
     * Builds a _POST_ORDER_ACKNOWLEDGEMENT_DATA_ body, one Message per acknowledgement.
     *
     * Each acknowledgement: 'amazon_order_id', 'merchant_order_id'?, 'status_code' (Success, or
     * Failure, which cancels an unshipped order), 'items'?, each 'amazon_order_item_code',
     * 'merchant_order_item_id'?, 'cancel_reason'? (only with Failure: NoInventory,
     * ShippingAddressUndeliverable, CustomerExchange, BuyerCanceled, GeneralAdjustment,
     * CarrierCreditDecision, RiskAssessmentInformationNotValid, CarrierCoverageFailure,
     * CustomerReturn, MerchandiseNotReceived).
     *
     * @param list<array<string, mixed>> $acknowledgements
     */
    public static function orderAcknowledgementFeed(string $merchantIdentifier, array $acknowledgements): string
    {
        return self::engine()->orderAcknowledgementFeed($merchantIdentifier, $acknowledgements);
    }

    /**
     * Builds the cart XML of the co-branded checkout; both engines write the same bytes.
     *
     * $cart: 'merchant_id', 'currency' (ISO 4217), 'client_request_id'? (the shop cart id), 'items'
     * (at least one), each 'sku' (at most 40 characters, longer raises InvalidFieldException),
     * 'title' (cut to 80 characters), 'description'? (cut to 2000 characters), 'price' (int minor
     * units, unit price), 'quantity' (int >= 1), 'weight'? (['amount' => '0.25', 'unit' => kg|lb]),
     * 'item_custom_data'? (custom data: nested arrays become elements, a list repeats its element,
     * keys must be XML names. It nests at most 32 levels, and one cart contains at most 10,000 such
     * elements over every item and the cart, or InvalidFieldException is raised),
     * 'shipping_method_ids'? (list); then 'cart_custom_data'?, 'cart_promotion_id'?, 'promotions'?
     * (list of ['promotion_id', 'description'?, 'fixed_amount_discount' => int]),
     * 'shipping_methods'? (list of ['shipping_method_id', 'service_level' =>
     * Standard|Expedited|OneDay|TwoDay, 'rate' => ['type' =>
     * ShipmentBased|WeightBased|ItemQuantityBased, 'amount' => int], 'included_regions' => list,
     * 'displayable_shipping_label'?]), 'integrator_id'?, 'integrator_name'?, 'return_url'?,
     * 'cancel_url'?, 'order_calculation_callbacks'? (['calculate_tax_rates'?,
     * 'calculate_promotions'?, 'calculate_shipping_rates'?, 'process_order_on_callback_failure'?
     * (bools, default false), 'order_callback_endpoint']). Cuts count characters, never bytes.
     *
     * @param array<string, mixed> $cart
     */
    public static function cartXml(array $cart): string
    {
        return self::engine()->cartXml($cart);
    }

    /**
     * Signs cart XML into the button's order-input: type:merchant-signed-order/aws-accesskey/1;
     * order:BASE64(xml);signature:BASE64(HMAC-SHA1(secret, xml));aws-access-key-id:KEY, over the
     * exact bytes given. An empty argument raises MissingFieldException; an access key id that is not
     * ASCII letters and digits raises InvalidFieldException.
     */
    public static function cartOrderInput(
        string $cartXml,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
    ): string {
        return self::engine()->cartOrderInput($cartXml, $secretKey, $accessKeyId);
    }

    public static function orderStateForNotification(string $notificationType): string
    {
        return self::engine()->orderStateForNotification($notificationType);
    }

    public static function orderStateForMwsStatus(string $orderStatus): ?string
    {
        return self::engine()->orderStateForMwsStatus($orderStatus);
    }

    public static function isTransitionAllowed(string $from, string $to): bool
    {
        return self::engine()->isTransitionAllowed($from, $to);
    }
}
