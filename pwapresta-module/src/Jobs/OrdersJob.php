<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Exception\UnknownOrderStatusException;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\OrderSynchroniser;
use PwaPresta\Module\Payment\AmazonStatus;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;

/**
 * Mirrors Amazon's order status in the shop: ListOrders updated since the previous run and its
 * NextToken pages, then each known order moved to the state of its OrderStatus (Unshipped: payment
 * accepted, Shipped: shipped, Canceled: cancelled) when the transition guard allows it. Changes
 * made in Seller Central so show in PrestaShop, and no feed is sent back for them.
 *
 * Each run continues from the LastUpdatedBefore that MWS returned to the previous successful run
 * (MWS keeps it at least 2 minutes in the past), minus OVERLAP_SECONDS. A run with any failure
 * keeps the old cursor, so the next run reads those orders again, because moves are idempotent.
 * An order the shop has not imported yet (its report has not arrived) holds the cursor at its
 * LastUpdateDate for up to WAIT_FOR_IMPORT_SECONDS, so its state is applied once it is imported.
 */
final class OrdersJob implements Job
{
    public const NAME = 'orders';
    public const OVERLAP_SECONDS = 300;
    /** How far back the first run looks. */
    public const FIRST_RUN_SECONDS = 7 * 86400;
    public const PAGE_SIZE = 100;
    public const WAIT_FOR_IMPORT_SECONDS = 86400;

    /** Earliest LastUpdateDate (Unix seconds) of an order not yet in the shop, during a run. */
    private ?int $waitingSince = null;

    public function __construct(
        private MwsClient $client,
        private OrderSynchroniser $orders,
        private JobStore $store,
        private Clock $clock,
        private Logger $logger,
    ) {
    }

    public function name(): string
    {
        return self::NAME;
    }

    public function run(): string
    {
        $after = $this->updatedAfter();
        $this->waitingSince = null;
        $answer = $this->client->call('ListOrders', [
            'LastUpdatedAfter' => gmdate('Y-m-d\TH:i:s\Z', $after),
            'MarketplaceId.Id.1' => $this->client->configuration()->marketplaceId(),
            'MaxResultsPerPage' => self::PAGE_SIZE,
        ]);
        $cursor = $answer['last_updated_before'] ?? null;

        $counts = ['read' => 0, 'moved' => 0, 'unchanged' => 0, 'not in the shop' => 0];
        $errors = [];
        while (true) {
            foreach ($answer['orders'] as $order) {
                ++$counts['read'];
                $this->synchronise($order, $counts, $errors);
            }
            if (!$answer['has_next'] || $answer['next_token'] === null) {
                break;
            }
            $answer = $this->client->call('ListOrdersByNextToken', ['NextToken' => (string) $answer['next_token']]);
        }

        $summary = sprintf(
            '%d order(s) updated since %s: %d moved, %d unchanged, %d not in the shop.',
            $counts['read'],
            gmdate('Y-m-d\TH:i:s\Z', $after),
            $counts['moved'],
            $counts['unchanged'],
            $counts['not in the shop'],
        );
        if ($errors !== []) {
            throw new \RuntimeException($summary . ' Failed: ' . implode(' ', array_slice($errors, 0, 5)));
        }

        $next = $cursor !== null && strtotime((string) $cursor) !== false
            ? (int) strtotime((string) $cursor)
            : $this->clock->now() - 120;
        if ($this->waitingSince !== null) {
            $next = min($next, $this->waitingSince);
        }
        $this->store->saveCursor(self::NAME, gmdate('Y-m-d\TH:i:s\Z', $next));

        return $summary;
    }

    /** Unix seconds of LastUpdatedAfter: the saved cursor minus the overlap, or the first-run window. */
    private function updatedAfter(): int
    {
        $cursor = $this->store->cursor(self::NAME);
        $time = $cursor === null ? false : strtotime($cursor);
        if ($time === false) {
            return $this->clock->now() - self::FIRST_RUN_SECONDS;
        }

        return $time - self::OVERLAP_SECONDS;
    }

    /**
     * @param array<string, mixed> $order one order of ListOrders
     * @param array<string, int> $counts
     * @param list<string> $errors
     */
    private function synchronise(array $order, array &$counts, array &$errors): void
    {
        $amazonOrderId = (string) $order['amazon_order_id'];
        $status = (string) $order['order_status'];
        try {
            $stateKey = Api::orderStateForMwsStatus($status);
        } catch (UnknownOrderStatusException $exception) {
            $this->logger->warning(sprintf('Amazon order %s: unknown OrderStatus "%s" left as it is.', $amazonOrderId, $status));
            ++$counts['unchanged'];

            return;
        }

        $orderId = $this->orders->orderIdOf($amazonOrderId);
        if ($orderId === null) {
            // The report job creates it, and a later run applies its state.
            ++$counts['not in the shop'];
            $updated = strtotime((string) ($order['last_update_date'] ?? ''));
            if ($updated !== false && $updated > $this->clock->now() - self::WAIT_FOR_IMPORT_SECONDS) {
                $this->waitingSince = min($this->waitingSince ?? $updated, $updated);
            }

            return;
        }
        if ($stateKey === null) {
            ++$counts['unchanged'];

            return;
        }

        try {
            $reported = new AmazonStatus(AmazonStatus::SOURCE_MWS, $status, $this->lastUpdateDate($order));
            $this->orders->moveTo($amazonOrderId, $orderId, $stateKey, $reported) ? ++$counts['moved'] : ++$counts['unchanged'];
        } catch (\RuntimeException $exception) {
            $errors[] = sprintf('Amazon order %s (%s): %s', $amazonOrderId, $status, $exception->getMessage());
            $this->logger->error(end($errors), $orderId);
        }
    }

    /**
     * Returns the order's LastUpdateDate as "YYYY-MM-DDTHH:MM:SSZ" in UTC, or the clock's time when
     * MWS sent none or an unreadable one.
     *
     * @param array<string, mixed> $order
     */
    private function lastUpdateDate(array $order): string
    {
        $time = strtotime((string) ($order['last_update_date'] ?? ''));

        return gmdate('Y-m-d\\TH:i:s\\Z', $time === false ? $this->clock->now() : $time);
    }
}
