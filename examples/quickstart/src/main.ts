// Quickstart placeholder: replaced by the scoring demo.
console.log('hotleads quickstart');
