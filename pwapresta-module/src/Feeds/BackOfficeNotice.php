<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PrestaShop\PrestaShop\Adapter\SymfonyContainer;

/**
 * Shows an error to the employee on the next back-office page. On PrestaShop's Symfony pages
 * (the order page since 1.7.7) it is a flash message of the request's session, which the
 * back-office layout prints after the redirect, as PrestaShop's own AdminImportController does.
 * On a legacy admin controller it joins the controller's errors. Outside the back office (cron,
 * command line) it shows nothing and returns false.
 */
final class BackOfficeNotice
{
    public function error(string $message): bool
    {
        $session = $this->session();
        if ($session !== null) {
            $session->getFlashBag()->add('error', $message);

            return true;
        }

        $controller = \Context::getContext()->controller ?? null;
        if ($controller instanceof \AdminController) {
            $controller->errors[] = $message;

            return true;
        }

        return false;
    }

    /** Returns the session of the current Symfony request, or null when there is none. */
    private function session(): ?object
    {
        if (!class_exists(SymfonyContainer::class)) {
            return null;
        }

        $container = SymfonyContainer::getInstance();
        if ($container === null || !$container->has('request_stack')) {
            return null;
        }

        $request = $container->get('request_stack')->getCurrentRequest();
        if ($request === null || !$request->hasSession()) {
            return null;
        }

        $session = $request->getSession();

        return method_exists($session, 'getFlashBag') ? $session : null;
    }
}
