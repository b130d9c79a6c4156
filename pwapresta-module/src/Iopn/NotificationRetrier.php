<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Processes stored notifications again (the back office's retry action, or a CLI): parses the raw
 * body kept in the log and runs it through the same NotificationProcessor as a fresh delivery. The
 * signature is not checked again, because it was checked before the row was stored.
 */
final class NotificationRetrier
{
    public function __construct(
        private NotificationStore $store,
        private NotificationProcessor $processor,
        private Logger $logger,
    ) {
    }

    /**
     * Retries one row and returns its outcome.
     *
     * @throws ImportException when its data still cannot become an order
     * @throws UnavailableException when the shop cannot act now
     */
    public function retry(int $id): string
    {
        $row = $this->store->find($id);
        if ($row === null) {
            throw new ImportException(sprintf('Notification #%d not found.', $id));
        }

        parse_str((string) $row['raw_body'], $fields);
        try {
            $order = Api::parseNotification(is_string($fields['NotificationData'] ?? null) ? $fields['NotificationData'] : '');
        } catch (PwaPrestaException $exception) {
            $this->store->markRejected($id, $exception->getMessage());

            throw new ImportException($exception->getMessage(), 0, $exception);
        }

        $this->logger->info(sprintf('IOPN %s (#%d) retried by hand.', (string) $row['uuid'], $id));

        return $this->processor->process($id, $order);
    }
}
