<?php

declare(strict_types=1);

namespace PwaPresta\Bench;

/**
 * Generates the benchmark inputs: signed IOPN deliveries, a 20-parameter MWS request and order
 * reports of any size. Deterministic, so every run measures the same bytes.
 */
final class Inputs
{
    public const SECRET_KEY = 'benchSecret/Key+0123456789abcdefghij';
    public const ACCESS_KEY_ID = 'AKIAPWAPRESTABENCH01';
    public const TIMESTAMP = '2026-12-04T09:10:15.120Z';
    public const NOW = 1796375420; // 2026-12-04T09:10:20Z, five seconds after TIMESTAMP

    /** POST fields of a NewOrderNotification with $items items, signed with SECRET_KEY. */
    public static function notification(int $items): array
    {
        $uuid = sprintf('3f0e2c4a-1b5d-4e6f-8a7b-%012d', $items);
        $itemXml = '';
        for ($i = 1; $i <= $items; $i++) {
            $itemXml .= self::notificationItem($i);
        }
        $data = '<?xml version="1.0" encoding="UTF-8"?>' . "\n"
            . '<NewOrderNotification xmlns="http://payments.amazon.com/checkout/2008-11-30/">'
            . '<NotificationReferenceId>403-1111111-2222222-NewOrder</NotificationReferenceId>'
            . '<ProcessedOrder><OrderChannel>Amazon Checkout (Live)</OrderChannel>'
            . '<AmazonOrderID>403-1111111-2222222</AmazonOrderID><OrderDate>2026-12-04T09:10:11.000Z</OrderDate>'
            . '<BuyerInfo><BuyerName>Anaya Deshpande</BuyerName><BuyerEmailAddress>anaya.d@example.in</BuyerEmailAddress>'
            . '</BuyerInfo><ShippingAddress><Name>अनया देशपांडे</Name>'
            . '<AddressFieldOne>Flat 7, Sai Krupa &quot;B&quot; Wing</AddressFieldOne><City>Mumbai</City>'
            . '<State>Maharashtra</State><PostalCode>400050</PostalCode><CountryCode>IN</CountryCode>'
            . '<PhoneNumber>+91 98200 00000</PhoneNumber></ShippingAddress>'
            . '<ShippingServiceLevel>Expedited</ShippingServiceLevel><ProcessedOrderItems>' . $itemXml
            . '</ProcessedOrderItems><DisplayableShippingLabel>Expedited</DisplayableShippingLabel>'
            . '</ProcessedOrder></NewOrderNotification>';

        return [
            'UUID' => $uuid,
            'Timestamp' => self::TIMESTAMP,
            'AWSAccessKeyId' => self::ACCESS_KEY_ID,
            'Signature' => base64_encode(hash_hmac('sha1', $uuid . self::TIMESTAMP, self::SECRET_KEY, true)),
            'NotificationType' => 'NewOrderNotification',
            'NotificationData' => $data,
        ];
    }

    /** A ListOrders request input: 12 parameters of its own plus the 8 common ones make 20. */
    public static function mwsRequest(): array
    {
        $parameters = ['CreatedAfter' => '2026-11-01T00:00:00Z', 'MarketplaceId.Id.1' => 'A3PY9OQTG31F3H'];
        foreach (['Unshipped', 'PartiallyShipped', 'Canceled', 'Pending', 'Shipped'] as $i => $status) {
            $parameters['OrderStatus.Status.' . ($i + 1)] = $status;
        }
        for ($i = 1; $i <= 3; $i++) {
            $parameters['FulfillmentChannel.Channel.' . $i] = 'MFN ' . $i;
        }
        $parameters['BuyerEmail'] = 'anaya.d@example.in';
        $parameters['SellerOrderId'] = 'PS 15 ~*';

        return [
            'action' => 'ListOrders',
            'parameters' => $parameters,
            'access_key_id' => self::ACCESS_KEY_ID,
            'seller_id' => 'A1EXAMPLEPWASELLER',
            'mws_auth_token' => 'amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE',
            'timestamp' => self::NOW,
        ];
    }

    /** Writes a _GET_ORDERS_DATA_ report of $orders orders (two items each) to $path. */
    public static function writeOrderReport(string $path, int $orders): void
    {
        $file = fopen($path, 'wb');
        if ($file === false) {
            throw new \RuntimeException("cannot write the report $path");
        }
        fwrite($file, '<?xml version="1.0" encoding="UTF-8"?>' . "\n" . '<AmazonEnvelope xmlns:xsi="'
            . 'http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">'
            . "\n<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>M_BENCH</MerchantIdentifier>"
            . "</Header>\n<MessageType>OrderReport</MessageType>\n");
        for ($i = 1; $i <= $orders; $i++) {
            fwrite($file, self::reportMessage($i));
        }
        fwrite($file, "</AmazonEnvelope>\n");
        fclose($file);
    }

    private static function notificationItem(int $i): string
    {
        return sprintf(
            '<ProcessedOrderItem><AmazonOrderItemCode>567812340%05d</AmazonOrderItemCode>'
            . '<MerchantId>A2PWAPRESTAEXMPL</MerchantId><SKU>demo_%d</SKU><Title>Mug &lt;%d&gt; &amp; नमस्ते</Title>'
            . '<ClientRequestId>42</ClientRequestId><Price><Amount>%d.50</Amount><CurrencyCode>INR</CurrencyCode></Price>'
            . '<Quantity>2</Quantity><Weight><Amount>0.3</Amount><Unit>kg</Unit></Weight>'
            . '<FulfillmentNetwork>MERCHANT</FulfillmentNetwork><ItemCharges>'
            . '<Component><Type>Principal</Type><Charge><Amount>%d.00</Amount><CurrencyCode>INR</CurrencyCode></Charge></Component>'
            . '<Component><Type>Shipping</Type><Charge><Amount>40.00</Amount><CurrencyCode>INR</CurrencyCode></Charge></Component>'
            . '<Component><Type>Tax</Type><Charge><Amount>0.00</Amount><CurrencyCode>INR</CurrencyCode></Charge></Component>'
            . '<Component><Type>PrincipalPromo</Type><Charge><Amount>10.00</Amount><CurrencyCode>INR</CurrencyCode></Charge></Component>'
            . '</ItemCharges><ItemCustomData><Item_product_id>%d</Item_product_id>'
            . '<Item_attr_product_id>0</Item_attr_product_id></ItemCustomData></ProcessedOrderItem>',
            $i,
            $i,
            $i,
            100 + $i,
            2 * (100 + $i) + 1,
            $i,
        );
    }

    private static function reportMessage(int $i): string
    {
        $items = '';
        for ($line = 1; $line <= 2; $line++) {
            $items .= sprintf(
                '<Item><AmazonOrderItemCode>%07d%07d</AmazonOrderItemCode><SKU>demo_%d</SKU>'
                . '<Title>Poster %d — नमस्ते &amp; more</Title><Quantity>%d</Quantity><ItemPrice>'
                . '<Component><Type>Principal</Type><Amount currency="INR">%d.00</Amount></Component>'
                . '<Component><Type>Shipping</Type><Amount currency="INR">40.00</Amount></Component>'
                . '<Component><Type>Tax</Type><Amount currency="INR">0.00</Amount></Component></ItemPrice>'
                . '<Promotion><MerchantPromotionID>Total_Discount</MerchantPromotionID>'
                . '<Component><Type>Principal</Type><Amount currency="INR">-10.00</Amount></Component>'
                . '</Promotion></Item>',
                $i,
                $line,
                $line,
                $i,
                $line,
                100 * $line + $i % 900,
            );
        }

        return sprintf(
            "<Message><MessageID>%d</MessageID><OrderReport><AmazonOrderID>403-%07d-%07d</AmazonOrderID>"
            . '<AmazonSessionID>403-%07d-%07d</AmazonSessionID><OrderDate>2026-12-01T15:45:30+05:30</OrderDate>'
            . '<OrderPostedDate>2026-12-01T15:45:30+05:30</OrderPostedDate><BillingData>'
            . '<BuyerEmailAddress>buyer%d@example.in</BuyerEmailAddress><BuyerName>Asha Rao %d</BuyerName>'
            . '<BuyerPhoneNumber>9000000001</BuyerPhoneNumber></BillingData><FulfillmentData>'
            . '<FulfillmentMethod>Ship</FulfillmentMethod><FulfillmentServiceLevel>Standard</FulfillmentServiceLevel>'
            . '<Address><Name>Asha Rao</Name><AddressFieldOne>Flat 4, Residency</AddressFieldOne><City>Mumbai</City>'
            . '<StateOrRegion>MAHARASHTRA</StateOrRegion><PostalCode>400069</PostalCode><CountryCode>IN</CountryCode>'
            . '<PhoneNumber>9000000001</PhoneNumber></Address></FulfillmentData>%s</OrderReport></Message>' . "\n",
            $i,
            $i,
            $i,
            $i,
            $i,
            $i,
            $i,
            $items,
        );
    }
}
