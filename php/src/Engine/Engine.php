<?php

declare(strict_types=1);

namespace PwaPresta\Engine;

/**
 * The operations both engines implement with the same results and the same exceptions.
 *
 * NativeEngine calls the Rust extension (functions PwaPresta\Native\*), PhpEngine runs in plain PHP.
 * Callers go through the facade PwaPresta\Api, which picks one. Every exception implements
 * PwaPresta\Exception\PwaPrestaException. The array shapes below are the contract: both engines
 * return the same keys in the same order with the same types.
 *
 * Shared shapes:
 *
 * Money is an integer in the currency's minor units (paise for INR), never a float. Decimal strings
 * are converted exactly: "499.00" => 49900, "5.0" => 500, "0.33" => 33; "1.005" in INR raises
 * InvalidAmountException because it is not a whole number of paise. Minor digits: 0 for JPY and
 * KRW, 3 for BHD, JOD, KWD, OMR and TND, 2 for every other currency.
 *
 * Dates are strings "YYYY-MM-DDTHH:MM:SSZ" in UTC: offsets are converted, fractional seconds
 * dropped, and a bare date "2009-08-31" becomes "2009-08-31T00:00:00Z".
 *
 * Address (every value a string, or null when the element is absent):
 *   ['name', 'address_field_one', 'address_field_two', 'address_field_three', 'city', 'state',
 *    'postal_code', 'country_code', 'phone_number']
 *
 * Custom data (CartCustomData, ItemCustomData, ShippingCustomData, feeds and cart input) as an
 * array: an element with child elements becomes [child name => value] in document order; an element
 * without child elements becomes its text; a name repeated among siblings becomes a list of its
 * values. Example: <ItemCustomData><Item_product_id>1</Item_product_id></ItemCustomData> =>
 * ['Item_product_id' => '1'].
 *
 * Component types, in their canonical order: Principal, Shipping, GiftWrap, Other, Tax,
 * ShippingTax, GiftWrapTax, OtherTax, PrincipalPromo, ShippingPromo, GiftWrapPromo, OtherPromo.
 * A component map ([type => minor units]) lists only the types present, in that order, then any
 * other type in order of first appearance; a type repeated within one item is summed.
 *
 * Order (the result of parseNotification, and of each report order, so one importer serves both):
 *   [
 *     'notification_type' => string|null,        IOPN root element name; null for report orders
 *     'notification_reference_id' => string|null,
 *     'amazon_order_id' => string,
 *     'order_channel' => string|null,
 *     'order_date' => string,                     UTC date as above
 *     'buyer' => ['name' => string, 'email' => string, 'phone' => string|null],
 *     'billing_address' => Address|null,
 *     'shipping_address' => Address|null,
 *     'shipping_service_level' => string|null,
 *     'displayable_shipping_label' => string|null,
 *     'currency' => string,                       ISO 4217, the same for every amount
 *     'items' => list<[
 *        'amazon_order_item_code' => string,
 *        'merchant_id' => string|null,
 *        'sku' => string,
 *        'title' => string,
 *        'description' => string|null,
 *        'client_request_id' => string|null,     the shop cart id the cart sent
 *        'cart_id' => string|null,
 *        'integrator_id' => string|null,
 *        'integrator_name' => string|null,
 *        'unit_price' => int|null,               minor units
 *        'quantity' => int,
 *        'weight' => ['amount' => string, 'unit' => string]|null,
 *        'category' => string|null,
 *        'condition' => string|null,
 *        'fulfillment_network' => string|null,
 *        'components' => array<string, int>,   line totals for the quantity (never multiplied)
 *        'total' => int,                        non-promotion components minus *Promo components
 *        'item_custom_data' => array|string|null,
 *        'cart_custom_data' => array|string|null,
 *        'shipping_custom_data' => array|string|null,
 *     ]>,
 *     'cart_custom_data' => array|string|null,   the first item's CartCustomData
 *     'totals' => [
 *        'components' => array<string, int>,    per type, summed over the items
 *        'charges' => int,                      sum of the non-promotion components
 *        'promotions' => int,                   sum of the *Promo components (positive)
 *        'total' => int,                        charges - promotions
 *     ],
 *   ]
 */
interface Engine
{
    /** 'native' or 'php'. */
    public function name(): string;

    /** Version of the engine: the extension's version for native, the API's for php. */
    public function version(): string;

    // ---- IOPN ---------------------------------------------------------------------------------

    /**
     * Verifies an IOPN delivery and returns its identity.
     *
     * $fields are the POST fields as PHP decoded them ($_POST), never decoded again. Checks run in
     * this order, each failure with its own exception:
     * 1. NotificationType, NotificationData, UUID, Timestamp, Signature, AWSAccessKeyId present,
     *    strings and not empty: MissingFieldException (a non-string value: InvalidFieldException);
     * 2. NotificationType known: UnknownNotificationTypeException;
     * 3. AWSAccessKeyId equal to $accessKeyId: UnknownAccessKeyException;
     * 4. Timestamp parseable as ISO 8601 with Z or an offset: InvalidFieldException;
     * 5. Signature equal, in constant time, to base64(HMAC-SHA1($secretKey, UUID . Timestamp)):
     *    SignatureMismatchException;
     * 6. |Timestamp - $now| <= $toleranceSeconds: StaleTimestampException (too old) or
     *    FutureTimestampException (too new). Both edges are inclusive.
     * A $toleranceSeconds below 0 raises InvalidFieldException.
     *
     * @param array<string, mixed> $fields
     * @param int $now Unix time in seconds
     * @return array{notification_type: string, uuid: string, timestamp: string, timestamp_unix: int,
     *               aws_access_key_id: string}
     *         timestamp is the field as sent; timestamp_unix its whole seconds
     */
    public function verifyNotification(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        int $now,
        int $toleranceSeconds,
    ): array;

    /**
     * Parses NotificationData of any of the three types into the Order shape.
     *
     * Elements are matched by local name, whatever the namespace (Amazon's schema uses
     * .../2008-11-30/, its own example .../2009-05-15/). The parser accepts any element order and
     * absent optional elements, because Amazon's own sample breaks its schema. It requires what it
     * uses: AmazonOrderID, at least one ProcessedOrderItem, each with AmazonOrderItemCode, SKU and
     * Quantity (InvalidDocumentException), and exact amounts in one currency (InvalidAmountException). Not well-formed XML or not UTF-8: MalformedXmlException,
     * which also covers a namespace prefix that no enclosing element declares, a tag longer than
     * 8192 bytes and an element name longer than 1024 bytes, on every XML input of this interface;
     * a DOCTYPE: DtdNotAllowedException; more than 4 MiB: DocumentTooLargeException; a root that is
     * not one of the three types: UnknownNotificationTypeException.
     *
     * @return array<string, mixed> the Order shape
     */
    public function parseNotification(string $notificationData): array;

    // ---- MWS signing --------------------------------------------------------------------------

    /**
     * Canonical query of Signature Version 2: parameters except Signature, sorted by name in byte
     * order, names and values percent-encoded per RFC 3986 (A-Z a-z 0-9 - _ . ~ kept, every other
     * byte of the UTF-8 string as %XX in upper case), joined as name=value with &.
     * Integer values are written in decimal; a value of another type raises InvalidFieldException.
     *
     * @param array<string, string|int> $parameters
     */
    public function mwsCanonicalQuery(array $parameters): string;

    /**
     * String to sign: METHOD \n lower-case host \n path \n canonical query ("\n", never "\r\n").
     * The host keeps a non-default port ("127.0.0.1:8125") and drops :443 and :80.
     *
     * @param array<string, string|int> $parameters
     */
    public function mwsStringToSign(string $method, string $host, string $path, array $parameters): string;

    /**
     * base64(HMAC(secret key, string to sign)) with SHA-256 for HmacSHA256 or SHA-1 for HmacSHA1;
     * another method raises InvalidFieldException.
     */
    public function mwsSignature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod,
    ): string;

    /**
     * Builds a complete signed MWS request, ready to send.
     *
     * $request keys:
     *   'action' (string, required): e.g. ListOrders; its section (Orders, Reports or Feeds) gives
     *       the path, the Version and the seller parameter (SellerId for Orders, Merchant
     *       otherwise); unknown: UnknownActionException;
     *   'parameters' (array<string, string|int>): the action's own parameters, e.g.
     *       MarketplaceId.Id.1; they may not override AWSAccessKeyId, Action, Signature*,
     *       Timestamp or Version (InvalidFieldException);
     *   'access_key_id', 'seller_id' (string, required): MissingFieldException when empty;
     *   'mws_auth_token' (string|null): sent as MWSAuthToken when not empty;
     *   'region' (string, default 'IN'): IN, US, CA, MX, BR, UK, DE, FR, IT, ES, JP, CN, AU;
     *       unknown: InvalidFieldException;
     *   'endpoint' (string|null): an http(s)://host[:port] that replaces the region's host (the
     *       local sandbox); a path or query in it raises InvalidFieldException;
     *   'timestamp' (int, required): Unix seconds, written as YYYY-MM-DDTHH:MM:SSZ;
     *   'method' ('POST' default, or 'GET');
     *   'body' (string|null): a feed body for SubmitFeed; adds ContentMD5Value;
     *   'signature_method' ('HmacSHA256' default, or 'HmacSHA1').
     * Any other key (a misspelling such as 'mws_auth_tokn') raises InvalidFieldException naming
     * it and listing the keys above; this check runs first.
     * Paths: '/Orders/2013-09-01' (Version 2013-09-01) for Orders, '/' (Version 2009-01-01) for
     * Reports and Feeds.
     *
     * @return array{method: string, url: string, host: string, path: string,
     *               headers: array<string, string>, body: string,
     *               parameters: array<string, string>, string_to_sign: string, signature: string}
     *         With a body, the signed parameters go in the URL query and the body is sent as is with
     *         Content-Type text/xml and Content-MD5; without one, a POST carries the canonical query
     *         plus Signature as an application/x-www-form-urlencoded; charset=utf-8 body and a GET
     *         carries it in the URL. parameters are sorted in byte order and include Signature.
     */
    public function mwsSignedRequest(array $request, #[\SensitiveParameter] string $secretKey): array;

    /** base64 of the raw 16-byte MD5 of the exact bytes (the Content-MD5 header of a feed). */
    public function contentMd5(string $body): string;

    /**
     * Sends a request built by mwsSignedRequest and returns Amazon's answer, whatever its status.
     *
     * TLS peer verification always stays on. $options: 'timeout' (seconds, float, default 60),
     * 'connect_timeout' (seconds, float, default 10), 'sink' (a file path: the body is streamed
     * there instead of returned, for large reports). Network failures and timeouts raise
     * TransportException. The client is created on first use in each process, never at start-up.
     *
     * @param array<string, mixed> $signedRequest
     * @param array<string, mixed> $options
     * @return array{status: int, headers: array<string, string>, body: string}
     *         header names in lower case; body '' when streamed to 'sink'
     */
    public function mwsSend(array $signedRequest, array $options): array;

    // ---- MWS answers --------------------------------------------------------------------------

    /**
     * Parses the answer to an MWS action; an ErrorResponse raises MwsThrottledException,
     * MwsAuthenticationException or MwsErrorException instead, whatever the action.
     *
     * Supported actions and their result shapes are documented in PwaPresta\Api::parseMwsResponse.
     * GetReport's answer is the report itself: use parseOrderReport. Elements are matched by local
     * name; unknown elements are ignored.
     *
     * @return array<string, mixed>
     */
    public function parseMwsResponse(string $action, string $xml): array;

    /**
     * Parses a _GET_ORDERS_DATA_ XML report held in memory into a list of Orders.
     *
     * A report under a root other than AmazonEnvelope is read to its end first: a malformed one
     * raises MalformedXmlException, a well-formed one InvalidDocumentException.
     *
     * @return list<array<string, mixed>>
     */
    public function parseOrderReport(string $xml): array;

    /**
     * Streams a _GET_ORDERS_DATA_ XML report from a file, calling $onOrder(Order) once per order
     * in document order; memory stays flat whatever the file size. Returns the number of orders.
     * An exception thrown by $onOrder stops the stream and propagates.
     *
     * @param callable(array<string, mixed>): void $onOrder
     */
    public function eachReportOrder(string $path, callable $onOrder): int;

    // ---- Feeds --------------------------------------------------------------------------------

    /**
     * Builds a _POST_ORDER_FULFILLMENT_DATA_ envelope, one Message per fulfillment.
     *
     * @param list<array<string, mixed>> $fulfillments documented in PwaPresta\Api::orderFulfillmentFeed
     */
    public function orderFulfillmentFeed(string $merchantIdentifier, array $fulfillments): string;

    /**
     * Builds a _POST_PAYMENT_ADJUSTMENT_DATA_ envelope, one Message per adjustment.
     *
     * @param list<array<string, mixed>> $adjustments documented in PwaPresta\Api::paymentAdjustmentFeed
     */
    public function paymentAdjustmentFeed(string $merchantIdentifier, array $adjustments): string;

    /**
     * Builds a _POST_ORDER_ACKNOWLEDGEMENT_DATA_ envelope, one Message per acknowledgement.
     *
     * @param list<array<string, mixed>> $acknowledgements documented in
     *        PwaPresta\Api::orderAcknowledgementFeed
     */
    public function orderAcknowledgementFeed(string $merchantIdentifier, array $acknowledgements): string;

    // ---- Cart ---------------------------------------------------------------------------------

    /**
     * Builds the cart XML of the co-branded checkout; input documented in PwaPresta\Api::cartXml.
     *
     * @param array<string, mixed> $cart
     */
    public function cartXml(array $cart): string;

    /**
     * Signs cart XML for the button:
     * type:merchant-signed-order/aws-accesskey/1;order:BASE64(xml);signature:BASE64(HMAC-SHA1(secret,
     * xml));aws-access-key-id:KEY, over the exact bytes given.
     */
    public function cartOrderInput(string $cartXml, #[\SensitiveParameter] string $secretKey, string $accessKeyId): string;

    // ---- Order states -------------------------------------------------------------------------

    /**
     * Order-state key for an IOPN notification type: NewOrderNotification => awaiting_payment,
     * OrderReadyToShipNotification => payment_accepted, OrderCancelledNotification => cancelled.
     */
    public function orderStateForNotification(string $notificationType): string;

    /**
     * Returns the order-state key for an MWS OrderStatus, or null when the shop keeps its state:
     * Pending, PendingAvailability => awaiting_payment; Unshipped, PartiallyShipped =>
     * payment_accepted; Shipped, InvoiceUnconfirmed => shipped; Canceled => cancelled;
     * Unfulfillable => null. Another value raises UnknownOrderStatusException.
     */
    public function orderStateForMwsStatus(string $orderStatus): ?string;

    /**
     * Returns whether an order may move from one state key to another.
     *
     * Nothing leaves cancelled or refunded, and nothing goes back to awaiting_payment. Shipped may
     * only move to refunded. Staying in the same state is not a move, so it returns false. Unknown
     * keys raise UnknownOrderStateException.
     */
    public function isTransitionAllowed(string $from, string $to): bool;
}
