<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\MinorUnits;
use PwaPresta\Module\Payment\PaymentGateway;
use PwaPresta\Module\Payment\PaymentRecorder;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Order payments and private messages through PrestaShop's Order, OrderPayment, CustomerThread and
 * CustomerMessage, as the back office's own "Add payment" and "Add message" forms store them.
 */
final class PrestaShopPaymentGateway implements PaymentGateway
{
    public function __construct(private Database $database)
    {
    }

    public function orderTotal(int $orderId, string $currency): int
    {
        $total = $this->database->value(sprintf(
            'SELECT total_paid_tax_incl FROM `%s` WHERE id_order = %d',
            $this->database->table('orders'),
            $orderId,
        ));
        if ($total === null) {
            throw new UnavailableException(sprintf('Order %d not found while reading its total.', $orderId));
        }

        return (int) round((float) $total * 10 ** MinorUnits::digits($currency));
    }

    public function findPayment(int $orderId, string $transactionId): ?int
    {
        $id = $this->database->value(sprintf(
            'SELECT op.id_order_payment FROM `%s` op INNER JOIN `%s` o ON o.reference = op.order_reference '
            . 'WHERE o.id_order = %d AND op.transaction_id = %s ORDER BY op.id_order_payment',
            $this->database->table('order_payment'),
            $this->database->table('orders'),
            $orderId,
            $this->database->quote($transactionId),
        ));

        return $id === null ? null : (int) $id;
    }

    public function addPayment(int $orderId, int $amount, string $currency, string $transactionId, string $date): int
    {
        $order = new \Order($orderId);
        if (!\Validate::isLoadedObject($order)) {
            throw new UnavailableException(sprintf('Order %d not found while adding its payment.', $orderId));
        }

        // An invoice made before the payment (by hand, or by an invoice state) must count it, or
        // PrestaShop adds the unpaid rest as a second payment when the order enters a paid state.
        $invoice = null;
        if ($order->hasInvoice() && method_exists($order, 'getInvoicesCollection')) {
            $invoice = $order->getInvoicesCollection()->getFirst() ?: null;
        }

        $added = $order->addOrderPayment(
            MinorUnits::toDecimal($amount, $currency),
            PaymentRecorder::PAYMENT_METHOD,
            $transactionId,
            null,
            $date,
            $invoice,
        );
        $paymentId = $added ? $this->findPayment($orderId, $transactionId) : null;
        if ($paymentId === null) {
            throw new UnavailableException(sprintf('The payment of order %d could not be saved.', $orderId));
        }

        return $paymentId;
    }

    public function addPrivateMessage(int $orderId, string $message): void
    {
        $order = new \Order($orderId);
        $customer = new \Customer((int) $order->id_customer);
        $threadId = (int) $this->database->value(sprintf(
            'SELECT id_customer_thread FROM `%s` WHERE id_order = %d AND email = %s ORDER BY id_customer_thread',
            $this->database->table('customer_thread'),
            $orderId,
            $this->database->quote((string) $customer->email),
        ));

        if ($threadId <= 0) {
            $thread = new \CustomerThread();
            $thread->id_contact = 0;
            $thread->id_customer = (int) $order->id_customer;
            $thread->id_shop = (int) $order->id_shop;
            $thread->id_order = $orderId;
            $thread->id_lang = (int) $order->id_lang;
            $thread->email = (string) $customer->email;
            $thread->status = 'open';
            $thread->token = \Tools::passwdGen(12);
            if (!$thread->add()) {
                throw new UnavailableException(sprintf('The message thread of order %d could not be created.', $orderId));
            }
            $threadId = (int) $thread->id;
        }

        $customerMessage = new \CustomerMessage();
        $customerMessage->id_customer_thread = $threadId;
        $customerMessage->id_employee = 0;
        $customerMessage->message = $message;
        $customerMessage->private = 1;
        if (!$customerMessage->add()) {
            throw new UnavailableException(sprintf('The private message of order %d could not be saved.', $orderId));
        }
    }

    public function isPaidState(int $orderStateId): bool
    {
        return (bool) (new \OrderState($orderStateId))->paid;
    }
}
