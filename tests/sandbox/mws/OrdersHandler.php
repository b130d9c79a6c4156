<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * ListOrders, ListOrderItems and their ByNextToken pages (Orders API 2013-09-01) over the state
 * document "orders": a list of ['order' => Order elements, 'items' => list of OrderItem elements].
 *
 * A NextToken stores the filters and the offset. The next page applies the filters to the orders
 * as they are then, so a status changed between pages can shift the pages.
 */
final class OrdersHandler implements ActionHandler
{
    public const ORDER_STATUSES = [
        'PendingAvailability', 'Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'InvoiceUnconfirmed',
        'Canceled', 'Unfulfillable',
    ];

    /** MWS requires the "before" dates, and the "after" dates, to be at least 2 minutes in the past. */
    public const LATEST_OFFSET_SECONDS = 120;

    /** Elements a Pending order does not carry in MWS responses. */
    private const HIDDEN_WHILE_PENDING = ['ShippingAddress', 'OrderTotal', 'BuyerEmail', 'BuyerName'];

    public function __construct(private readonly StateStore $state, private readonly int $now)
    {
    }

    public function handle(string $action, MwsRequest $request, Section $section, string $requestId): MwsResponse
    {
        $parameters = new Parameters($request->parameters);

        return match ($action) {
            'ListOrders', 'ListOrdersByNextToken' => $this->listOrders($action, $parameters, $section, $requestId),
            'ListOrderItems', 'ListOrderItemsByNextToken' =>
                $this->listOrderItems($action, $parameters, $section, $requestId),
        };
    }

    private function listOrders(
        string $action,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $tokens = new NextTokens($this->state);
        if ($action === 'ListOrdersByNextToken') {
            [$query, $offset] = $tokens->redeem('ListOrders', $parameters->required('NextToken'));
        } else {
            $query = (new OrderQuery($this->now))->fromParameters($parameters);
            $offset = 0;
        }
        $orders = [];
        foreach ($this->state->read('orders') as $record) {
            if (OrderQuery::matches($record['order'], $query)) {
                $orders[] = self::visibleOrder($record['order']);
            }
        }
        $dateField = $query['by'] === 'created' ? 'PurchaseDate' : 'LastUpdateDate';
        usort($orders, fn (array $a, array $b): int => [Dates::parse($a[$dateField]), $a['AmazonOrderId']]
            <=> [Dates::parse($b[$dateField]), $b['AmazonOrderId']]);
        [$page, $next] = $tokens->page('ListOrders', $orders, $query, $offset, $query['size']);
        $beforeElement = $query['by'] === 'created' ? 'CreatedBefore' : 'LastUpdatedBefore';

        return XmlResponse::success($section->namespace, $action, $requestId, [
            'NextToken' => $next,
            $beforeElement => Dates::orders($query['before']),
            'Orders' => ['Order' => $page],
        ]);
    }

    private function listOrderItems(
        string $action,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $tokens = new NextTokens($this->state);
        if ($action === 'ListOrderItemsByNextToken') {
            [$query, $offset] = $tokens->redeem('ListOrderItems', $parameters->required('NextToken'));
        } else {
            $size = (int) ($this->state->read('options')['order_items_page_size'] ?? 100);
            $query = ['amazon_order_id' => $parameters->required('AmazonOrderId'), 'size' => $size];
            $offset = 0;
        }
        $items = null;
        foreach ($this->state->read('orders') as $record) {
            if ($record['order']['AmazonOrderId'] === $query['amazon_order_id']) {
                $items = $record['items'];
            }
        }
        if ($items === null) {
            throw MwsError::invalidValue('AmazonOrderId', $query['amazon_order_id'], 'the id of an existing order');
        }
        [$page, $next] = $tokens->page('ListOrderItems', $items, $query, $offset, $query['size']);

        return XmlResponse::success($section->namespace, $action, $requestId, [
            'NextToken' => $next,
            'AmazonOrderId' => $query['amazon_order_id'],
            'OrderItems' => ['OrderItem' => $page],
        ]);
    }

    /**
     * @param array<string, mixed> $order
     * @return array<string, mixed>
     */
    private static function visibleOrder(array $order): array
    {
        if (in_array($order['OrderStatus'], ['Pending', 'PendingAvailability'], true)) {
            return array_diff_key($order, array_flip(self::HIDDEN_WHILE_PENDING));
        }

        return $order;
    }
}
