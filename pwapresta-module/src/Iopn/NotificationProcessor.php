<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;
use PwaPresta\Module\Payment\AmazonStatus;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Acts on one stored notification: under the lock of its Amazon order, claims the row, makes sure the
 * PrestaShop order exists (creating it from this notification when it is the first one the shop receives),
 * then moves it to the state the notification type asks for when the transition guard allows it.
 *
 * The same code runs for a fresh delivery and for a retry of a stored row (back office or CLI).
 */
final class NotificationProcessor
{
    public function __construct(
        private NotificationStore $store,
        private OrderLock $lock,
        private OrderImporter $importer,
        private StateChanger $stateChanger,
        private Logger $logger,
    ) {
    }

    /**
     * Processes the stored row $id holding $order and returns a short outcome for the HTTP response.
     *
     * @param array<string, mixed> $order the Order shape of PwaPresta\Api::parseNotification
     *
     * @throws ImportException when the data cannot become an order (the row is marked rejected)
     * @throws UnavailableException when the shop cannot act now (the row is marked failed if possible)
     */
    public function process(int $id, array $order): string
    {
        $amazonOrderId = (string) $order['amazon_order_id'];

        return $this->lock->synchronized($amazonOrderId, fn (): string => $this->processLocked($id, $order));
    }

    /** @param array<string, mixed> $order */
    private function processLocked(int $id, array $order): string
    {
        $row = $this->store->find($id);
        $label = sprintf('IOPN %s (%s) for Amazon order %s', (string) ($row['uuid'] ?? $id), (string) $order['notification_type'], (string) $order['amazon_order_id']);

        if (!$this->store->claim($id)) {
            $this->logger->info($label . ' was already processed: nothing to do.');

            return 'Already processed.';
        }

        try {
            $existing = $this->importer->findOrderId((string) $order['amazon_order_id']);
            $orderId = $this->importer->ensureOrder($order);
            $target = Api::orderStateForNotification((string) $order['notification_type']);
            $status = new AmazonStatus(AmazonStatus::SOURCE_IOPN, (string) $order['notification_type'], self::sentAt($row));
            $changed = $this->stateChanger->moveTo((string) $order['amazon_order_id'], $orderId, $target, $status);
            $note = sprintf('%s order %d', $existing === null ? 'created' : 'found', $orderId);
            if ($changed) {
                $note .= ', moved to ' . $target;
            } elseif ($target !== 'awaiting_payment' || $existing !== null) {
                $note .= sprintf(', state kept: moving to %s is not allowed', $target);
            }
            $this->store->markProcessed($id, $note);
            $this->logger->info(sprintf('%s processed: %s.', $label, $note), $orderId);

            return 'Processed.';
        } catch (ImportException $exception) {
            $this->store->markRejected($id, $exception->getMessage());
            $this->logger->error(sprintf('%s rejected: %s', $label, $exception->getMessage()));

            throw $exception;
        } catch (\Throwable $exception) {
            $this->markFailedQuietly($id, $label, $exception);

            throw $exception instanceof UnavailableException
                ? $exception
                : new UnavailableException(sprintf('%s failed: %s', $label, $exception->getMessage()), 0, $exception);
        }
    }

    /**
     * Returns the Timestamp Amazon signed (UTC), read from the stored POST body, or the time the row
     * was stored when the body has none.
     *
     * @param array<string, mixed>|null $row
     */
    private static function sentAt(?array $row): string
    {
        $fields = [];
        parse_str((string) ($row['raw_body'] ?? ''), $fields);
        $sent = is_string($fields['Timestamp'] ?? null) ? $fields['Timestamp'] : (string) ($row['date_add'] ?? 'now');

        try {
            $time = new \DateTimeImmutable($sent);
        } catch (\Exception) {
            $time = new \DateTimeImmutable('now');
        }

        return $time->setTimezone(new \DateTimeZone('UTC'))->format('Y-m-d\\TH:i:s\\Z');
    }

    private function markFailedQuietly(int $id, string $label, \Throwable $exception): void
    {
        $this->logger->error(sprintf('%s failed: %s', $label, $exception->getMessage()));

        try {
            $this->store->markFailed($id, $exception->getMessage());
        } catch (UnavailableException $storeException) {
            $this->logger->error(sprintf('%s could not be marked failed: %s', $label, $storeException->getMessage()));
        }
    }
}
