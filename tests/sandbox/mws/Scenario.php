<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Writes the scenario the MWS sandbox serves and reads back what it received. Works on a state
 * directory, so it can also drive a sandbox started from the command line.
 */
final class Scenario
{
    public function __construct(private readonly StateStore $state)
    {
    }

    public static function inDirectory(string $directory): self
    {
        return new self(new StateStore($directory));
    }

    /** Registers a seller: requests signed with this access key must carry this SellerId or Merchant. */
    public function addSeller(string $accessKeyId, #[\SensitiveParameter] string $secretKey, string $sellerId): self
    {
        return $this->update('sellers', function (array $sellers) use ($accessKeyId, $secretKey, $sellerId): array {
            $sellers[$accessKeyId] = ['secret_key' => $secretKey, 'seller_id' => $sellerId];

            return $sellers;
        });
    }

    /**
     * Sets a page size: report_list_page_size (GetReportList without MaxCount, default 10) or
     * order_items_page_size (ListOrderItems, default 100).
     */
    public function setOption(string $name, int $value): self
    {
        if (!in_array($name, ['report_list_page_size', 'order_items_page_size'], true) || $value < 1) {
            throw new \InvalidArgumentException("invalid sandbox option $name=$value");
        }

        return $this->update('options', fn (array $options): array => [$name => $value] + $options);
    }

    /**
     * Adds an available report and returns its ReportInfo record (ReportId, ReportType, ...).
     *
     * @return array<string, mixed>
     */
    public function addReport(
        string $reportType,
        string $body,
        ?int $availableAt = null,
        bool $acknowledged = false,
    ): array
    {
        return ReportCatalog::add($this->state, $reportType, $body, $availableAt ?? time() - 60, null, $acknowledged);
    }

    /** Sets the body of the report a RequestReport of this type produces. */
    public function setReportTemplate(string $reportType, string $body): self
    {
        $name = 'templates/' . preg_replace('/[^A-Za-z0-9_-]/', '-', $reportType) . '.body';
        $this->state->transaction(fn (StateStore $state) => $state->writeBlob($name, $body));

        return $this->update('report_templates', fn (array $templates): array => [$reportType => $name] + $templates);
    }

    /**
     * Adds an order with its items (OrderFactory fills in the elements not given) and returns
     * its AmazonOrderId.
     *
     * @param array<string, mixed> $order Order elements, e.g. ['OrderStatus' => 'Pending']
     * @param list<array<string, mixed>> $items OrderItem elements; none gives one default item
     */
    public function addOrder(array $order = [], array $items = [[]]): string
    {
        return $this->state->transaction(function (StateStore $state) use ($order, $items): string {
            $record = ['order' => OrderFactory::order($order, $state->nextNumber('order', 1), time()), 'items' => []];
            foreach ($items as $item) {
                $record['items'][] = OrderFactory::item($item, $state->nextNumber('order_item', 1));
            }
            $orders = $state->read('orders');
            $orders[] = $record;
            $state->write('orders', $orders);

            return $record['order']['AmazonOrderId'];
        });
    }

    /** Changes an order's status as a Seller Central action would, and its LastUpdateDate. */
    public function setOrderStatus(string $amazonOrderId, string $status, ?int $updatedAt = null): self
    {
        if (!in_array($status, OrdersHandler::ORDER_STATUSES, true)) {
            throw new \InvalidArgumentException("unknown OrderStatus $status");
        }

        return $this->update('orders', function (array $orders) use ($amazonOrderId, $status, $updatedAt): array {
            foreach ($orders as $index => $record) {
                if ($record['order']['AmazonOrderId'] === $amazonOrderId) {
                    $orders[$index]['order']['OrderStatus'] = $status;
                    $orders[$index]['order']['LastUpdateDate'] = Dates::orders($updatedAt ?? time() - 180);

                    return $orders;
                }
            }

            throw new \InvalidArgumentException("no order $amazonOrderId in the scenario");
        });
    }

    /**
     * Makes the next $count calls of $action (null: of any action) fail after authentication:
     * 503 RequestThrottled, or 500/502 InternalError.
     */
    public function failNext(int $count, int $status = 503, ?string $action = null): self
    {
        if (!in_array($status, [500, 502, 503], true) || $count < 1) {
            throw new \InvalidArgumentException("failNext takes a count >= 1 and a status of 500, 502 or 503");
        }

        return $this->updateThrottle(function (array $throttle) use ($count, $status, $action): array {
            $throttle['failures'][] = ['action' => $action, 'remaining' => $count, 'status' => $status];

            return $throttle;
        });
    }

    /**
     * Turns on a token bucket for $action and its ByNextToken variant: $burst calls, then one
     * more per 1 / $restorePerSecond seconds. MWS's ListOrders quota is burst 6, 1/60 per second.
     */
    public function setBucket(string $action, int $burst, float $restorePerSecond): self
    {
        return $this->updateThrottle(function (array $throttle) use ($action, $burst, $restorePerSecond): array {
            $throttle['buckets'][Throttle::bucketName($action)] = [
                'burst' => $burst,
                'restore_per_second' => $restorePerSecond,
                'tokens' => $burst,
                'updated_at' => microtime(true),
            ];

            return $throttle;
        });
    }

    /**
     * Plans the outcome of the next submitted feed: $inProgressPolls polls at _IN_PROGRESS_, and a
     * failure of message $messageId with $resultMessageCode and $description when a code is given.
     */
    public function planNextFeed(
        int $inProgressPolls = 0,
        ?int $resultMessageCode = null,
        string $description = '',
        int $messageId = 1,
    ): self
    {
        $failure = $resultMessageCode === null
            ? null
            : ['message_id' => $messageId, 'code' => $resultMessageCode, 'description' => $description];

        return $this->update('feed_plans', function (array $plans) use ($inProgressPolls, $failure): array {
            $plans[] = ['in_progress_polls' => $inProgressPolls, 'failure' => $failure];

            return $plans;
        });
    }

    /**
     * Returns the feeds received, oldest first: feed_submission_id, feed_type, merchant, marketplaces,
     * status, problem (what the sandbox found wrong in the content, or null) and body (exact bytes).
     *
     * @return list<array<string, mixed>>
     */
    public function feeds(): array
    {
        return $this->state->transaction(fn (StateStore $state): array => array_map(
            fn (array $feed): array => [
                'feed_submission_id' => $feed['info']['FeedSubmissionId'],
                'feed_type' => $feed['info']['FeedType'],
                'merchant' => $feed['merchant'],
                'marketplaces' => $feed['marketplaces'],
                'status' => $feed['info']['FeedProcessingStatus'],
                'problem' => $feed['problem'],
                'body' => (string) $state->readBlob('feeds/' . $feed['info']['FeedSubmissionId'] . '.xml'),
            ],
            $state->read('feeds'),
        ));
    }

    /** @return list<array<string, mixed>> every request received, oldest first */
    public function requests(): array
    {
        return $this->state->transaction(fn (StateStore $state): array => $state->log());
    }

    /**
     * One line per request received: method, path, action, the verdict on its signature and the
     * outcome, e.g. "POST /Orders/2013-09-01 ListOrders: signature valid, 200 OK".
     *
     * @return list<string>
     */
    public function verdicts(): array
    {
        return array_map(
            static fn (array $entry): string => sprintf(
                '%s %s %s: signature %s, %d %s',
                $entry['method'],
                $entry['path'],
                $entry['action'] ?? '(no Action)',
                $entry['signature'],
                $entry['status'],
                $entry['outcome'],
            ),
            $this->requests(),
        );
    }

    /** @return array<string, mixed> a state document: reports, report_requests, schedules, orders */
    public function document(string $name): array
    {
        return $this->state->transaction(fn (StateStore $state): array => $state->read($name));
    }

    /** @param callable(array<mixed>): array<mixed> $change */
    private function update(string $document, callable $change): self
    {
        $this->state->transaction(fn (StateStore $state) => $state->write($document, $change($state->read($document))));

        return $this;
    }

    /** @param callable(array<string, mixed>): array<string, mixed> $change */
    private function updateThrottle(callable $change): self
    {
        $this->state->transaction(fn (StateStore $state) => $state->write(
            'throttle',
            $change($state->read('throttle', ['failures' => [], 'buckets' => []])),
        ));

        return $this;
    }
}
