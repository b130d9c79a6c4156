<?php
/**
 * Installs, uninstalls or reinstalls a module in the double's shop from the command line, the
 * way PrestaShop's module manager calls Module::install(): one PHP process against the same
 * database as the web server.
 *
 *   php install-module.php install|uninstall|reinstall <module>
 *
 * Prints the module's errors and exits 1 when the operation returns false.
 */
require dirname(__DIR__) . '/config/config.inc.php';

[$action, $name] = [$argv[1] ?? '', $argv[2] ?? ''];
if (!in_array($action, ['install', 'uninstall', 'reinstall'], true) || !Validate::isModuleName($name)) {
    fwrite(STDERR, "usage: php install-module.php install|uninstall|reinstall <module>\n");
    exit(2);
}

$module = Module::getInstanceByName($name);
if (!$module) {
    fwrite(STDERR, "module $name not found in " . _PS_MODULE_DIR_ . "\n");
    exit(1);
}

$steps = $action === 'reinstall' ? ['uninstall', 'install'] : [$action];
foreach ($steps as $step) {
    if ($step === 'install' && Module::isInstalled($name)) {
        fwrite(STDERR, "module $name is already installed\n");
        exit(1);
    }
    $ok = $module->{$step}();
    if (!$ok) {
        fwrite(STDERR, "$step of $name failed: " . implode('; ', $module->getErrors()) . "\n");
        exit(1);
    }
    if ($step === 'uninstall') {
        $module = Module::getInstanceByName($name);
    }
    echo "$step of $name: ok\n";
}
