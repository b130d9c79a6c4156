<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Invoice;

use PwaPresta\Tests\Sandbox\IopnNotification;

/**
 * Builds the NewOrder and ReadyToShip notifications of one Amazon order with chosen items, in the
 * form of the lifecycle samples (same buyer and address), so tests can send carts that the samples
 * do not cover.
 */
final class AmazonOrderXml
{
    /** @var list<string> */
    private array $items = [];

    public function __construct(private string $amazonOrderId)
    {
    }

    /**
     * Adds an item. Amounts are Amazon's decimal strings for the whole line, and a promotion is
     * sent as a positive PrincipalPromo.
     */
    public function withItem(
        int $productId,
        int $quantity,
        string $unitPrice,
        string $principal,
        string $shipping = '0.00',
        string $promotion = '0.00',
    ): self {
        $code = sprintf('5678123400%04d', count($this->items) + 1);
        $promo = $promotion === '0.00' ? '' : self::component('PrincipalPromo', $promotion);
        $this->items[] = <<<XML
              <ProcessedOrderItem>
                <AmazonOrderItemCode>{$code}</AmazonOrderItemCode>
                <MerchantId>A2PWAPRESTAEXMPL</MerchantId>
                <SKU>product_{$productId}</SKU>
                <Title>Product {$productId}</Title>
                <Price><Amount>{$unitPrice}</Amount><CurrencyCode>INR</CurrencyCode></Price>
                <Quantity>{$quantity}</Quantity>
                <FulfillmentNetwork>MERCHANT</FulfillmentNetwork>
                <ItemCharges>
                  {$this->charges($principal, $shipping)}{$promo}
                </ItemCharges>
                <ItemCustomData><Item_product_id>{$productId}</Item_product_id><Item_attr_product_id>0</Item_attr_product_id></ItemCustomData>
              </ProcessedOrderItem>
            XML;

        return $this;
    }

    public function newOrder(): IopnNotification
    {
        return IopnNotification::fromData($this->document('NewOrderNotification', 'NewOrder'), 'NewOrderNotification');
    }

    public function readyToShip(): IopnNotification
    {
        return IopnNotification::fromData(
            $this->document('OrderReadyToShipNotification', 'OrderReadyToShip'),
            'OrderReadyToShipNotification',
        );
    }

    private function document(string $root, string $suffix): string
    {
        $items = implode("\n", $this->items);

        return <<<XML
            <?xml version="1.0" encoding="UTF-8"?>
            <{$root} xmlns="http://payments.amazon.com/checkout/2008-11-30/">
              <NotificationReferenceId>{$this->amazonOrderId}-{$suffix}</NotificationReferenceId>
              <ProcessedOrder>
                <OrderChannel>Amazon Checkout (Sandbox)</OrderChannel>
                <AmazonOrderID>{$this->amazonOrderId}</AmazonOrderID>
                <OrderDate>2026-12-04T09:10:11.000Z</OrderDate>
                <BuyerInfo>
                  <BuyerName>Anaya Deshpande</BuyerName>
                  <BuyerEmailAddress>anaya.d@example.in</BuyerEmailAddress>
                </BuyerInfo>
                <ShippingAddress>
                  <Name>Anaya Deshpande</Name>
                  <AddressFieldOne>Flat 7, Sai Krupa B Wing</AddressFieldOne>
                  <City>Mumbai</City>
                  <State>Maharashtra</State>
                  <PostalCode>400050</PostalCode>
                  <CountryCode>IN</CountryCode>
                  <PhoneNumber>+91 98200 00000</PhoneNumber>
                </ShippingAddress>
                <ShippingServiceLevel>Expedited</ShippingServiceLevel>
                <ProcessedOrderItems>
            {$items}
                </ProcessedOrderItems>
              </ProcessedOrder>
            </{$root}>
            XML;
    }

    private function charges(string $principal, string $shipping): string
    {
        return self::component('Principal', $principal) . self::component('Shipping', $shipping)
            . self::component('Tax', '0.00') . self::component('ShippingTax', '0.00');
    }

    private static function component(string $type, string $amount): string
    {
        return "<Component><Type>{$type}</Type><Charge><Amount>{$amount}</Amount><CurrencyCode>INR</CurrencyCode></Charge></Component>";
    }
}
