<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\UnknownNotificationTypeException;
use PwaPresta\Exception\UnknownOrderStateException;
use PwaPresta\Exception\UnknownOrderStatusException;

final class OrderStatesTest extends EngineTestCase
{
    private const STATES = ['awaiting_payment', 'payment_accepted', 'shipped', 'cancelled', 'refunded'];

    /** Allowed moves; every other pair of the 5x5 grid is forbidden. */
    private const ALLOWED = [
        'awaiting_payment' => ['payment_accepted', 'shipped', 'cancelled', 'refunded'],
        'payment_accepted' => ['shipped', 'cancelled', 'refunded'],
        'shipped' => ['refunded'],
        'cancelled' => [],
        'refunded' => [],
    ];

    /** @dataProvider engines */
    public function testNotificationTypesMapToStates(Engine $engine): void
    {
        self::assertSame('awaiting_payment', $engine->orderStateForNotification('NewOrderNotification'));
        self::assertSame('payment_accepted', $engine->orderStateForNotification('OrderReadyToShipNotification'));
        self::assertSame('cancelled', $engine->orderStateForNotification('OrderCancelledNotification'));
    }

    /** @dataProvider engines */
    public function testUnknownNotificationTypeThrows(Engine $engine): void
    {
        $this->expectException(UnknownNotificationTypeException::class);
        $engine->orderStateForNotification('neworderNotification');
    }

    /** @dataProvider engines */
    public function testEveryMwsStatusMaps(Engine $engine): void
    {
        $expected = [
            'PendingAvailability' => 'awaiting_payment',
            'Pending' => 'awaiting_payment',
            'Unshipped' => 'payment_accepted',
            'PartiallyShipped' => 'payment_accepted',
            'Shipped' => 'shipped',
            'InvoiceUnconfirmed' => 'shipped',
            'Canceled' => 'cancelled',
            'Unfulfillable' => null,
        ];
        foreach ($expected as $status => $state) {
            self::assertSame($state, $engine->orderStateForMwsStatus($status), $status);
        }
    }

    /** @dataProvider engines */
    public function testUnknownMwsStatusThrows(Engine $engine): void
    {
        try {
            $engine->orderStateForMwsStatus('Cancelled');
            self::fail('the British spelling is not an MWS status');
        } catch (UnknownOrderStatusException $error) {
            self::assertSame(['order_status' => 'Cancelled'], $error->getContext());
        }
    }

    /** @dataProvider engines */
    public function testEveryPairOfStates(Engine $engine): void
    {
        foreach (self::STATES as $from) {
            foreach (self::STATES as $to) {
                $expected = in_array($to, self::ALLOWED[$from], true);
                self::assertSame($expected, $engine->isTransitionAllowed($from, $to), "$from -> $to");
            }
        }
    }

    /** @dataProvider engines */
    public function testUnknownFromStateThrows(Engine $engine): void
    {
        $this->expectException(UnknownOrderStateException::class);
        $engine->isTransitionAllowed('paid', 'shipped');
    }

    /** @dataProvider engines */
    public function testUnknownToStateThrows(Engine $engine): void
    {
        try {
            $engine->isTransitionAllowed('shipped', 'delivered');
            self::fail('delivered is not a state key');
        } catch (UnknownOrderStateException $error) {
            self::assertSame(['order_state' => 'delivered'], $error->getContext());
        }
    }

    public function testEnginesThrowTheSameMessages(): void
    {
        [$native, $php] = self::bothEngines();
        $calls = [
            static fn ($engine) => $engine->orderStateForNotification(''),
            static fn ($engine) => $engine->orderStateForMwsStatus('shipped'),
            static fn ($engine) => $engine->isTransitionAllowed('x', 'y'),
        ];
        foreach ($calls as $index => $call) {
            self::assertSame(self::outcome($call, $native), self::outcome($call, $php), "call $index");
        }
    }

    /** @return array<int, mixed> */
    private static function outcome(callable $call, Engine $engine): array
    {
        try {
            return ['result', $call($engine)];
        } catch (\Throwable $error) {
            return [get_class($error), $error->getMessage(), $error->getContext()];
        }
    }
}
