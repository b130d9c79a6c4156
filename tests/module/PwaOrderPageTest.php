<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;

/**
 * The success page Amazon returns the buyer to (controller pwaorder, template pwa_order.tpl) over
 * HTTP. Amazon's query parameters are unsigned, so a visitor without the shop session of the cart
 * never gets order details.
 */
final class PwaOrderPageTest extends ModuleTestCase
{
    private const PATH = '/module/pwapresta/pwaorder';

    public function testBeforeNotificationShowsBeingConfirmed(): void
    {
        $response = $this->http->get(self::PATH, ['amznPmtsOrderIds' => '403-1111111-2222222', 'amznPmtsPaymentStatus' => 'Success']);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('being confirmed', $response->body);
        self::assertStringContainsString('403-1111111-2222222', $response->body);
    }

    public function testStrangerNeverSeesOrderDetails(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $reference = (string) $this->orderOf('403-1111111-2222222')['reference'];

        $response = $this->http->get(self::PATH, ['amznPmtsOrderIds' => '403-1111111-2222222']);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('being confirmed', $response->body);
        self::assertStringNotContainsString($reference, $response->body);
    }

    public function testWithoutAmazonOrderIdShowsThankYou(): void
    {
        $response = $this->http->get(self::PATH, ['amznPmtsOrderIds' => '<script>alert(1)</script>']);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('Thank you for your order', $response->body);
        self::assertStringNotContainsString('<script>alert(1)</script>', $response->body);
    }
}
