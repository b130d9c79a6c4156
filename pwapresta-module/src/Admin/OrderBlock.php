<?php

declare(strict_types=1);

namespace PwaPresta\Module\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\PrestaShopNotificationStore;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Feeds\OrderFeedsPage;
use PwaPresta\Module\Feeds\ShipmentDeadlines;

/**
 * The one Amazon block of the order page (hook displayAdminOrderMain): payment, status reports,
 * notifications, shipment and feeds of an Amazon order, and the two forms it carries (the
 * tracking details and the retry of a failed feed).
 *
 * Values are plain strings; the template escapes them. No key or secret is read here.
 */
final class OrderBlock
{
    /** @var callable(string, array<string, string>): string */
    private $translate;

    /** @param callable(string, array<string, string>): string $translate the module's trans() in Modules.Pwapresta.Admin */
    public function __construct(
        private Settings $settings,
        private OrderPaymentPanel $payments,
        private PrestaShopNotificationStore $notifications,
        private OrderFeedsPage $feeds,
        private ShipmentDeadlines $deadlines,
        callable $translate,
    ) {
        $this->translate = $translate;
    }

    /**
     * Runs the form submitted for this order, if any, and returns the messages to show.
     *
     * @param array<string, mixed> $post the request's POST fields
     * @return list<array{type: string, text: string}>
     */
    public function handle(int $orderId, array $post, int $now): array
    {
        if ((int) ($post['pwapresta_order'] ?? 0) !== $orderId) {
            return [];
        }

        if (isset($post['pwapresta_tracking'])) {
            $errors = $this->feeds->saveTracking($orderId, $post);

            return $errors === []
                ? [['type' => 'success', 'text' => ($this->translate)('Tracking details saved.', [])]]
                : array_map(static fn (string $error): array => ['type' => 'danger', 'text' => $error], $errors);
        }

        if (isset($post['pwapresta_retry_feed'])) {
            $feedId = (int) $post['pwapresta_retry_feed'];
            $requeued = $this->feeds->retry($orderId, $feedId, (string) ($post['pwapresta_failed_at'] ?? ''), $now);

            return [$requeued
                ? ['type' => 'success', 'text' => ($this->translate)('Feed %id% queued again: the next feeds job sends it.', ['%id%' => (string) $feedId])]
                : ['type' => 'warning', 'text' => ($this->translate)('Feed %id% was not queued again: it is no longer failed, or it failed again since this page was shown.', ['%id%' => (string) $feedId])]];
        }

        return [];
    }

    /**
     * Returns the template variables, or null when the order is not an Amazon order.
     *
     * @param array{amazon_order_id: string} $link the order's row of AmazonOrderLinks
     * @param list<array{type: string, text: string}> $messages
     * @return array<string, mixed>|null
     */
    public function variables(int $orderId, array $link, int $currentStateId, array $messages, int $now): ?array
    {
        $amazonOrderId = (string) $link['amazon_order_id'];
        $feeds = $this->feeds->variables($orderId);
        if ($feeds === null) {
            return null;
        }

        $deadline = null;
        foreach ($this->deadlines->dueSoon($now, []) as $order) {
            $deadline = $order['id_order'] === $orderId ? $order : $deadline;
        }

        return [
            'order_id' => $orderId,
            'amazon_order_id' => $amazonOrderId,
            'payment' => $this->payments->build(
                $amazonOrderId,
                $this->settings->stateKeyOf($currentStateId) ?? 'awaiting_payment',
                $this->settings->environment(),
            ),
            'notifications' => array_map(static fn (array $row): array => [
                'uuid' => (string) $row['uuid'],
                'type' => (string) $row['notification_type'],
                'status' => (string) $row['status'],
                'attempts' => (int) $row['attempts'],
                'message' => (string) $row['message'],
                'date_add' => (string) $row['date_add'],
            ], $this->notifications->forAmazonOrder($amazonOrderId)),
            'messages' => $messages,
            'deadline' => $deadline,
        ] + $feeds;
    }
}
